package org.quiver.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.quiver.api.PropertyGraph;
import org.quiver.api.QuiverSession;
import org.quiver.testing.TestSpark;

/**
 * Expansions that store their frontiers (unbounded ranges, or any range under a row budget) carry
 * ids only and look the relationship and node values up at the end: paths, relationship lists and
 * inner nodes come out as a plan that carries the values along builds them.
 */
class TrailValuesTest {
    /** A square a-b-c-d-a with a self-loop on b, relationships holding list and map-like properties. */
    private static PropertyGraph square;

    @BeforeAll
    static void squareWithALoop() {
        square = TestSpark.quiver().cypher(TestSpark.quiver().emptyGraph(), """
                CREATE (a:P {name: 'a'}), (b:P {name: 'b', tags: ['x', 'y']}), (c:Q {name: 'c'}), (d:P {name: 'd'}),
                       (a)-[:R {w: 1, seen: [1, 2]}]->(b), (b)-[:R {w: 2}]->(c), (c)-[:S {w: 3}]->(d),
                       (d)-[:R {w: 4, since: date('2020-01-02')}]->(a), (b)-[:S {w: 5}]->(b)""").graph();
    }

    @Test
    void undirectedPathsWithInnerNodesAgree() {
        assertSameRows("MATCH p = (x {name: 'a'})-[rs*1..4]-(y) "
                + "RETURN [n IN nodes(p) | n.name] AS names, [r IN rs | r.w] AS ws, p");
    }

    @Test
    void relationshipListsKeepThePatternOrderWhenWrittenBackwards() {
        assertSameRows("MATCH (y)<-[rs:R|S*2..3]-(x {name: 'a'}) RETURN y.name, rs, [r IN rs | type(r)] AS types");
    }

    @Test
    void zeroHopTrailsHaveEmptyLists() {
        assertSameRows("MATCH p = (x:P)-[rs*0..1]->(y) RETURN x.name, y.name, rs, nodes(p) AS ns");
    }

    @Test
    void shortestPathsCarryTheirValuesToo() {
        assertSameRows("MATCH (x {name: 'a'}), (y {name: 'c'}) MATCH p = allShortestPaths((x)-[*]-(y)) "
                + "RETURN p, relationships(p) AS rs");
    }

    /** The same rows with values carried along (a short range) and looked up from ids (under a row budget). */
    private static void assertSameRows(String query) {
        List<List<Object>> carried = sorted(TestSpark.quiver(), query);
        assertFalse(carried.isEmpty(), query);
        assertEquals(carried, sorted(TestSpark.quiver().withRowBudget(1_000_000), query), query);
    }

    private static List<List<Object>> sorted(QuiverSession quiver, String query) {
        return quiver.cypher(square, query).rows().stream().sorted(java.util.Comparator.comparing(Object::toString))
                .toList();
    }
}
