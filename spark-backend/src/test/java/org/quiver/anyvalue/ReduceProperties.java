package org.quiver.anyvalue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.quiver.testing.TestSpark;

/**
 * {@code reduce} over generated lists of integers, floats and nulls gives what a fold in plain Java
 * gives: each step's exact type (integer until a float joins), null once a null is added.
 */
class ReduceProperties {
    @Property(tries = 25)
    void aSumFoldsLikeJava(@ForAll("numbers") List<Object> numbers, @ForAll("starts") Object start) {
        String query = "RETURN reduce(s = " + literal(start) + ", x IN $list | s + x) AS sum, "
                + "reduce(acc = [], x IN $list | acc + [x]) AS copy";
        Map<String, Object> row = TestSpark.quiver().cypher(query, Map.of("list", numbers)).records().get(0);
        Object expected = start;
        for (Object x : numbers) {
            expected = plus(expected, x);
        }
        assertEquals(expected, row.get("sum"), query + " with " + numbers);
        assertEquals(numbers, row.get("copy"), query + " with " + numbers);
    }

    @Provide
    Arbitrary<List<Object>> numbers() {
        Arbitrary<Object> number = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(5, Arbitraries.longs().between(-1000, 1000).map(v -> (Object) v)),
                net.jqwik.api.Tuple.of(2, Arbitraries.of(0.5, -1.25, 2.0, 1e-3).map(v -> (Object) v)),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(null)));
        return number.list().ofMaxSize(6).map(ArrayList::new);
    }

    @Provide
    Arbitrary<Object> starts() {
        return Arbitraries.of(0L, 10L, 1.5);
    }

    private static String literal(Object v) {
        return String.valueOf(v);
    }

    private static Object plus(Object a, Object b) {
        if (a == null || b == null) {
            return null;
        }
        if (a instanceof Long x && b instanceof Long y) {
            return x + y;
        }
        return ((Number) a).doubleValue() + ((Number) b).doubleValue();
    }
}
