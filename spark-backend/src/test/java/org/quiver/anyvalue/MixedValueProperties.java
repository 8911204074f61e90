package org.quiver.anyvalue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.quiver.parser.error.CypherException;
import org.quiver.testing.TestSpark;

/**
 * Differential property: random expressions over a variable bound to random values of mixed
 * types, run by Quiver on Spark, give what the plain-Java {@link ReferenceSemantics} gives — the
 * same value on every row, or the same class of error.
 */
class MixedValueProperties {

    @Property(tries = 60)
    void sparkAgreesWithTheReferenceEvaluator(@ForAll("values") List<Object> values,
            @ForAll("expressions") GeneratedExpression expression) {
        StringBuilder list = new StringBuilder("[");
        for (int i = 0; i < values.size(); i++) {
            list.append(i == 0 ? "" : ", ").append(GeneratedExpression.literal(values.get(i)));
        }
        String query = "WITH " + list + "] AS values UNWIND range(0, size(values) - 1) AS i "
                + "WITH i, values[i] AS x RETURN i, " + expression.cypher() + " AS r";

        Map<Long, Object> expected = new TreeMap<>();
        Set<String> expectedErrors = new java.util.HashSet<>();
        for (int i = 0; i < values.size(); i++) {
            try {
                expected.put((long) i, expression.eval(values.get(i)));
            } catch (ReferenceSemantics.Failure failure) {
                expectedErrors.add(failure.errorClass);
            }
        }

        Map<Long, Object> actual = new TreeMap<>();
        String actualError = null;
        try {
            for (Map<String, Object> row : TestSpark.quiver().cypher(TestSpark.quiver().emptyGraph(), query).records()) {
                actual.put((Long) row.get("i"), row.get("r"));
            }
        } catch (CypherException e) {
            actualError = e.errorType();
        }
        if (!expectedErrors.isEmpty()) {
            assertTrue(expectedErrors.contains(actualError),
                    query + "\nexpected an error of " + expectedErrors + " but got " + (actualError == null
                            ? "rows " + actual : actualError));
        } else {
            assertEquals(null, actualError, query);
            assertEquals(expected, actual, query);
        }
    }

    @Provide
    Arbitrary<List<Object>> values() {
        // At least two non-null values of different kinds, so that x is typed Any (with one kind and
        // nulls, x has a static type and a wrong one is a compile-time error instead).
        return value(2).list().ofMinSize(2).ofMaxSize(6)
                .filter(vs -> vs.stream().filter(java.util.Objects::nonNull).map(MixedValueProperties::kind)
                        .distinct().count() > 1);
    }

    @Provide
    Arbitrary<GeneratedExpression> expressions() {
        return expression(3);
    }

    private static Arbitrary<Object> value(int depth) {
        Arbitrary<Object> scalar = Arbitraries.oneOf(
                Arbitraries.longs().between(-3, 3).map(x -> (Object) x),
                Arbitraries.of(-2.5, 0.0, 1.0, 2.0, 3.75, 0.5).map(x -> (Object) x),
                Arbitraries.of("", "a", "b", "ab", "1", "2.5", "true", "FALSE", "x1").map(x -> (Object) x),
                Arbitraries.of(true, false).map(x -> (Object) x),
                Arbitraries.just(null));
        if (depth == 0) {
            return scalar;
        }
        Arbitrary<Object> list = value(depth - 1).list().ofMaxSize(3).map(l -> (Object) l);
        Arbitrary<Object> map = value(depth - 1).list().ofMinSize(1).ofMaxSize(2).map(vs -> {
            Map<String, Object> m = new LinkedHashMap<>();
            for (int i = 0; i < vs.size(); i++) {
                m.put("k" + i, vs.get(i));
            }
            return (Object) m;
        });
        return Arbitraries.frequencyOf(Tuple.of(6, scalar), Tuple.of(2, list), Tuple.of(1, map));
    }

    private static String kind(Object v) {
        return v == null ? "null" : v.getClass().getSimpleName();
    }

    private static Arbitrary<GeneratedExpression> operand() {
        return Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.just(new GeneratedExpression.X())),
                Tuple.of(2, value(1).map(GeneratedExpression.Constant::new)),
                Tuple.of(1, Arbitraries.of("toString", "toInteger", "toFloat", "toBoolean", "toStringOrNull",
                        "toIntegerOrNull", "toFloatOrNull", "toBooleanOrNull", "size")
                        .map(f -> new GeneratedExpression.Conversion(f, new GeneratedExpression.X()))),
                Tuple.of(1, value(1).map(v -> new GeneratedExpression.ListOf(
                        List.of(new GeneratedExpression.X(), new GeneratedExpression.Constant(v))))));
    }

    private static Arbitrary<GeneratedExpression> expression(int depth) {
        Arbitrary<GeneratedExpression> comparison = Arbitraries.of("=", "<>", "<", "<=", ">", ">=")
                .flatMap(op -> Arbitraries.oneOf(
                        operand().map(r -> new GeneratedExpression.Comparison(op, new GeneratedExpression.X(), r)),
                        operand().map(l -> new GeneratedExpression.Comparison(op, l, new GeneratedExpression.X()))));
        Arbitrary<GeneratedExpression> in = Arbitraries.oneOf(
                value(1).list().ofMaxSize(3).map(vs -> new GeneratedExpression.In(new GeneratedExpression.X(),
                        new GeneratedExpression.ListOf(vs.stream().map(v -> (GeneratedExpression)
                                new GeneratedExpression.Constant(v)).toList()))),
                value(1).map(v -> new GeneratedExpression.In(new GeneratedExpression.Constant(v),
                        new GeneratedExpression.ListOf(List.of(new GeneratedExpression.X(),
                                new GeneratedExpression.Constant(v))))));
        Arbitrary<GeneratedExpression> isNull = operand().flatMap(o -> Arbitraries.of(true, false)
                .map(n -> new GeneratedExpression.IsNull(o, n)));
        Arbitrary<GeneratedExpression> conversion = operand().filter(o -> o instanceof GeneratedExpression.Conversion);
        Arbitrary<GeneratedExpression> not = Arbitraries.just(new GeneratedExpression.Not(new GeneratedExpression.X()));
        Arbitrary<GeneratedExpression> arithmetic = Arbitraries.of("+", "-", "*", "/", "%").flatMap(op ->
                Arbitraries.oneOf(Arbitraries.longs().between(-3, 3).map(v -> (Object) v),
                                Arbitraries.of(Long.MAX_VALUE, -Long.MAX_VALUE, 2.5, "s").map(v -> (Object) v))
                        .map(v -> (GeneratedExpression) new GeneratedExpression.Arithmetic(op,
                                new GeneratedExpression.X(), new GeneratedExpression.Constant(v))));
        Arbitrary<GeneratedExpression> leaf = Arbitraries.oneOf(comparison, in, isNull, conversion, not, arithmetic);
        if (depth == 0) {
            return leaf;
        }
        Arbitrary<GeneratedExpression> safe = expression(depth - 1).filter(e -> !e.mayFail()
                && !(e instanceof GeneratedExpression.Conversion) && !(e instanceof GeneratedExpression.Arithmetic));
        Arbitrary<GeneratedExpression> logic = Arbitraries.of("AND", "OR", "XOR").flatMap(op ->
                safe.flatMap(l -> safe.map(r -> (GeneratedExpression) new GeneratedExpression.Logic(op, l, r))));
        Arbitrary<GeneratedExpression> negation = expression(depth - 1)
                .filter(e -> !(e instanceof GeneratedExpression.Conversion) && !(e instanceof GeneratedExpression.Arithmetic))
                .map(GeneratedExpression.Not::new);
        return Arbitraries.frequencyOf(Tuple.of(3, leaf), Tuple.of(2, logic), Tuple.of(1, negation));
    }
}
