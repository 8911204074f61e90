package org.quiver.parser.gen;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Names for generated ASTs: mostly plain identifiers, sometimes names the printer must backtick
 * (keywords, spaces, backticks, a leading digit) or that only Unicode allows.
 */
final class NameArbitraries {
    private NameArbitraries() {
    }

    static Arbitrary<String> name() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(8, Arbitraries.of("a", "b", "n", "m", "x", "name", "age", "Person", "KNOWS",
                        "_x1", "é", "π", "n2")),
                net.jqwik.api.Tuple.of(2, Arbitraries.of("my var", "a`b", "match", "graph", "count", "Return", "1abc",
                        "end", "exists", "all", "from", "any", "yield", "x-y", "`", "null")),
                net.jqwik.api.Tuple.of(1, Arbitraries.strings().alpha().numeric().withChars("_ .$").ofMinLength(1)
                        .ofMaxLength(6)));
    }

    /** A part of a dotted name (function namespaces, graph names): no dots inside. */
    static Arbitrary<String> namePart() {
        return name().filter(n -> !n.contains("."));
    }

    static Arbitrary<String> functionName() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, Arbitraries.of("toUpper", "size", "count", "collect", "exists", "coalesce")),
                net.jqwik.api.Tuple.of(1, Arbitraries.of("any", "all", "reduce", "shortestPath", "none", "single")),
                net.jqwik.api.Tuple.of(2, namePart()));
    }

    static Arbitrary<String> namespace() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, Arbitraries.just("")),
                net.jqwik.api.Tuple.of(2, Arbitraries.of("date", "apoc.create", "db")),
                net.jqwik.api.Tuple.of(1, namePart().list().ofMinSize(1).ofMaxSize(2).map(l -> String.join(".", l))));
    }

    static Arbitrary<String> parameterName() {
        return Arbitraries.oneOf(name(), Arbitraries.of("0", "1", "42"));
    }
}
