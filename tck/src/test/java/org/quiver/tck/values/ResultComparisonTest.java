package org.quiver.tck.values;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quiver.api.Node;
import org.quiver.api.Relationship;

class ResultComparisonTest {
    private static Optional<String> anyOrder(List<List<String>> expected, List<List<Object>> actual) {
        return ResultComparison.compare(List.of("v"), expected, List.of("v"), actual, false, false);
    }

    @Test
    void anyOrderIsAMultiset() {
        assertEquals(Optional.empty(), anyOrder(List.of(List.of("1"), List.of("2"), List.of("1")),
                List.of(List.of(1L), List.of(1L), List.of(2L))));
        assertEquals(Optional.of("rows differ — missing 1 | 2 |, unexpected 1 | 1 |"),
                anyOrder(List.of(List.of("1"), List.of("2")), List.of(List.of(1L), List.of(1L))));
        assertEquals(Optional.of("expected 3 rows, got 2 — missing 1 | 3 |, unexpected 0"),
                anyOrder(List.of(List.of("1"), List.of("2"), List.of("3")), List.of(List.of(1L), List.of(2L))));
    }

    @Test
    void inOrderComparesPositions() {
        List<List<String>> expected = List.of(List.of("1"), List.of("2"));
        assertEquals(Optional.empty(), ResultComparison.compare(List.of("v"), expected, List.of("v"),
                List.of(List.of(1L), List.of(2L)), true, false));
        assertEquals(Optional.of("rows in the wrong order — row 1: expected | 1 |, got | 2 |"),
                ResultComparison.compare(List.of("v"), expected, List.of("v"), List.of(List.of(2L), List.of(1L)), true,
                        false));
    }

    @Test
    void integersNeverEqualFloatsButFloatsCompareByValue() {
        assertTrue(anyOrder(List.of(List.of("1")), List.of(List.of(1.0))).isPresent());
        assertTrue(anyOrder(List.of(List.of("1.0")), List.of(List.of(1L))).isPresent());
        assertEquals(Optional.empty(), anyOrder(List.of(List.of("1.50")), List.of(List.of(1.5))));
        assertEquals(Optional.empty(), anyOrder(List.of(List.of("1e3")), List.of(List.of(1000.0))));
        assertEquals(Optional.empty(), anyOrder(List.of(List.of("NaN")), List.of(List.of(Double.NaN))));
        assertEquals(Optional.empty(), anyOrder(List.of(List.of("0.0")), List.of(List.of(-0.0))));
    }

    @Test
    void nodesAndRelationshipsCompareWithoutIds() {
        Node node = new Node(17, List.of("A", "B"), Map.of("name", "x"));
        assertEquals(Optional.empty(), anyOrder(List.of(List.of("(:B:A {name: 'x'})")), List.of(List.of(node))));
        assertTrue(anyOrder(List.of(List.of("(:A {name: 'x'})")), List.of(List.of(node))).isPresent());
        Relationship rel = new Relationship(3, "T", 1, 2, Map.of("k", 1L));
        assertEquals(Optional.empty(), anyOrder(List.of(List.of("[:T {k: 1}]")), List.of(List.of(rel))));
        assertTrue(anyOrder(List.of(List.of("[:T {k: 1.0}]")), List.of(List.of(rel))).isPresent());
    }

    @Test
    void listsKeepTheirOrderUnlessAskedToIgnoreIt() {
        List<List<String>> expected = List.of(List.of("[1, [2, 3]]"));
        List<List<Object>> actual = List.of(List.of(List.of(List.of(3L, 2L), 1L)));
        assertTrue(ResultComparison.compare(List.of("v"), expected, List.of("v"), actual, false, false).isPresent());
        assertEquals(Optional.empty(),
                ResultComparison.compare(List.of("v"), expected, List.of("v"), actual, false, true));
    }

    @Test
    void mapsIgnoreKeyOrderAndKeepNulls() {
        List<Object> row = Arrays.asList(new java.util.TreeMap<>(Map.of("b", 2L, "a", "x")));
        assertEquals(Optional.empty(), anyOrder(List.of(List.of("{b: 2, a: 'x'}")), List.of(row)));
        java.util.Map<String, Object> withNull = new java.util.HashMap<>();
        withNull.put("a", null);
        assertTrue(anyOrder(List.of(List.of("{}")), List.of(List.of(withNull))).isPresent());
    }

    @Test
    void columnsMustMatchInOrder() {
        assertEquals(Optional.of("expected columns [a, b], got [b, a]"),
                ResultComparison.compare(List.of("a", "b"), List.of(), List.of("b", "a"), List.of(), false, false));
    }
}
