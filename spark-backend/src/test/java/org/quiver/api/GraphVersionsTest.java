package org.quiver.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quiver.parser.error.ConstraintVerificationFailed;
import org.quiver.testing.TestSpark;

/** An update returns a new graph version; the graph it was run on stays as it was. */
class GraphVersionsTest {
    private static List<List<Object>> rows(PropertyGraph graph, String query) {
        return TestSpark.quiver().cypher(graph, query).rows();
    }

    @Test
    void setLeavesTheInputGraphUnchanged() {
        PropertyGraph before = TestSpark.quiver().cypher(TestSpark.quiver().emptyGraph(),
                "CREATE (:P {name: 'Ann', age: 41}), (:P {name: 'Bo', age: 7})").graph();
        CypherResult result = TestSpark.quiver().cypher(before,
                "MATCH (p:P {name: 'Ann'}) SET p.age = p.age + 1, p:Admin REMOVE p.name");
        PropertyGraph after = result.graph();

        assertEquals(new SideEffects(0, 0, 0, 0, 1, 2, 1, 0), result.sideEffects());
        assertEquals(List.of(List.of(41L), List.of(7L)),
                rows(before, "MATCH (p:P) RETURN p.age ORDER BY p.age DESC"));
        assertEquals(List.of(List.of(42L, List.of("Admin", "P"))),
                rows(after, "MATCH (p:Admin) RETURN p.age, labels(p)"));
        assertEquals(List.of(List.of(2L)), rows(after, "MATCH (p:P) RETURN count(*)"));
    }

    @Test
    void deleteAndMergeMakeNewVersionsToo() {
        PropertyGraph before = TestSpark.quiver().cypher(TestSpark.quiver().emptyGraph(),
                "CREATE (:P {n: 1})-[:R]->(:P {n: 2})").graph();
        PropertyGraph deleted = TestSpark.quiver().cypher(before, "MATCH (p:P {n: 1}) DETACH DELETE p").graph();
        PropertyGraph merged = TestSpark.quiver().cypher(deleted, "MERGE (p:P {n: 1})").graph();

        assertEquals(List.of(List.of(2L, 1L)), rows(before, "MATCH (p:P) MATCH ()-[r]->() RETURN count(DISTINCT p), count(DISTINCT r)"));
        assertEquals(List.of(List.of(1L)), rows(deleted, "MATCH (p:P) RETURN count(*)"));
        assertEquals(List.of(List.of(2L)), rows(merged, "MATCH (p:P) RETURN count(*)"));
    }

    @Test
    void aFailedUpdateWritesNothingAndFailsWhenItsRowsAreRead() {
        PropertyGraph before = TestSpark.quiver().cypher(TestSpark.quiver().emptyGraph(),
                "CREATE (:X)-[:R]->()").graph();
        CypherResult result = TestSpark.quiver().cypher(before, "MATCH (x:X) DELETE x");
        assertSame(before, result.graph());
        assertEquals(SideEffects.NONE, result.sideEffects());
        assertThrows(ConstraintVerificationFailed.class, result::rows);
    }
}
