package org.quiver.fuzz;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Inputs for the query fuzzer: TCK queries with tokens deleted, swapped, duplicated or inserted;
 * random token strings; random Unicode; huge literals; and nesting to past the parser's limit.
 */
final class FuzzInputs {
    private static final List<String[]> NESTINGS = List.of(new String[] {"(", ")"}, new String[] {"[", "]"},
            new String[] {"{a: ", "}"}, new String[] {"[x IN ", " | x]"}, new String[] {"CASE WHEN true THEN ", " END"},
            new String[] {"- ", ""}, new String[] {"NOT ", ""}, new String[] {"1 + ", ""}, new String[] {"size(", ")"},
            new String[] {"[", ", 1]"}, new String[] {"reduce(s = 0, x IN [", "] | s + x)"});

    private FuzzInputs() {
    }

    static Arbitrary<String> any() {
        return Arbitraries.frequencyOf(
                Tuple.of(12, mutatedTckQuery()),
                Tuple.of(3, randomTokens()),
                Tuple.of(1, unicode()),
                Tuple.of(2, hugeLiteral()),
                Tuple.of(2, deepNesting()));
    }

    private enum Kind { DELETE, SWAP, DUPLICATE, INSERT, UNICODE, HUGE_NUMBER }

    /** One edit of a token list; positions are taken modulo its length. */
    private record Mutation(Kind kind, int at, int other, String token) {
        void apply(List<String> tokens) {
            if (tokens.isEmpty()) {
                tokens.add(token);
                return;
            }
            int i = at % tokens.size();
            int j = other % tokens.size();
            switch (kind) {
                case DELETE -> tokens.remove(i);
                case SWAP -> {
                    String t = tokens.get(i);
                    tokens.set(i, tokens.get(j));
                    tokens.set(j, t);
                }
                case DUPLICATE -> tokens.add(i, tokens.get(i));
                case INSERT -> tokens.add(i, token);
                case UNICODE -> tokens.add(i, new String(Character.toChars(0x80 + other % 0x10FF00)));
                case HUGE_NUMBER -> tokens.set(i, "9".repeat(19 + other % 400));
            }
        }
    }

    private static Arbitrary<String> mutatedTckQuery() {
        Arbitrary<Mutation> mutation = Combinators.combine(Arbitraries.of(Kind.class),
                Arbitraries.integers().between(0, 100_000), Arbitraries.integers().between(0, 100_000),
                Arbitraries.of(FuzzCorpus.VOCABULARY)).as(Mutation::new);
        return Combinators.combine(Arbitraries.of(FuzzCorpus.QUERIES), mutation.list().ofMinSize(1).ofMaxSize(3))
                .as((query, mutations) -> {
                    List<String> tokens = new ArrayList<>(FuzzCorpus.tokens(query));
                    mutations.forEach(m -> m.apply(tokens));
                    return String.join(" ", tokens);
                });
    }

    private static Arbitrary<String> randomTokens() {
        return Arbitraries.of(FuzzCorpus.VOCABULARY).list().ofMinSize(1).ofMaxSize(40).map(t -> String.join(" ", t));
    }

    private static Arbitrary<String> unicode() {
        return Arbitraries.strings().all().ofMaxLength(60);
    }

    private static Arbitrary<String> hugeLiteral() {
        return Arbitraries.integers().between(1, 6).flatMap(kind -> Arbitraries.integers().between(1, 200_000).map(n -> switch (kind) {
            case 1 -> "RETURN " + "9".repeat(Math.min(n, 5000)) + " AS x";
            case 2 -> "RETURN 1" + "0".repeat(Math.min(n, 400)) + ".5e" + n + " AS x";
            case 3 -> "RETURN '" + "x".repeat(n) + "' AS x";
            case 4 -> "RETURN 0x" + "F".repeat(Math.min(n, 400)) + " AS x";
            case 5 -> "UNWIND range(1, " + "9".repeat(1 + n % 19) + ") AS x RETURN count(x)";
            default -> "RETURN [" + "1, ".repeat(Math.min(n, 20_000)) + "1] AS x";
        }));
    }

    private static Arbitrary<String> deepNesting() {
        return Combinators.combine(Arbitraries.of(NESTINGS), Arbitraries.integers().between(1, 1200))
                .as((shape, depth) -> "RETURN " + shape[0].repeat(depth) + "1" + shape[1].repeat(depth) + " AS x");
    }
}
