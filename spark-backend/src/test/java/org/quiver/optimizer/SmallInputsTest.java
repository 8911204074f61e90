package org.quiver.optimizer;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.quiver.api.PropertyGraph;
import org.quiver.graph.NodeTable;
import org.quiver.graph.RelationshipTable;
import org.quiver.planner.explain.Explanation;
import org.quiver.planner.types.CypherType;
import org.quiver.stats.GraphStatisticsCollector;
import org.quiver.testing.TestSpark;

/**
 * A join input that the gathered statistics show small, beside a relationship table of 200,000 rows,
 * is broadcast and the table streamed; without statistics nothing is marked. The rows are the same
 * either way.
 */
class SmallInputsTest {
    private static final int PERSONS = 100_000;
    private static final String FROM_ONE = "MATCH (p:Person {i: 5})-[:KNOWS]->(f)-[:KNOWS]->(g:Person) RETURN g.i AS gi ORDER BY gi";

    @Test
    void aSelectiveStartIsBroadcastToTheRelationships() {
        PropertyGraph graph = graph();
        Explanation.Part part = withStatistics(() -> explain(graph, FROM_ONE));
        assertTrue(part.relational().orElseThrow().text().contains("smallLeft=true"), part.relational().get().text());
        assertTrue(part.sparkPlan().orElseThrow().contains("BuildLeft"), part.sparkPlan().get());
        List<List<Object>> expected = List.of(List.of(7L), List.of(13L), List.of(13L), List.of(19L));
        assertEquals(expected, withStatistics(() -> TestSpark.quiver().cypher(graph, FROM_ONE).rows()));
        assertEquals(expected, TestSpark.quiver().cypher(graph, FROM_ONE).rows());
    }

    @Test
    void withoutStatisticsNothingIsMarked() {
        PropertyGraph graph = graph();
        String relational = TestSpark.withConf(GraphStatisticsCollector.MIN_BYTES_SETTING, String.valueOf(Long.MAX_VALUE),
                () -> explain(graph, FROM_ONE).relational().orElseThrow().text());
        assertFalse(relational.contains("smallLeft=true"), relational);
    }

    /**
     * An optional step from a node the statistics show few of, beside a large table, runs from the
     * distinct input nodes broadcast to the table; otherwise the step's relationships alone are
     * joined to the input on their near ends. The rows are the same.
     */
    @Test
    void anOptionalStepRunsFromTheInputOnlyWhenTheInputIsSmallBesideALargeTable() {
        PropertyGraph graph = graph();
        String query = "MATCH (p:Person) WHERE p.i IN [8, 99999] OPTIONAL MATCH (p)<-[k:KNOWS]-(f:Person)"
                + " WHERE f.i > 10 RETURN p.i AS pi, f.i AS fi ORDER BY pi, fi";
        String anchored = withStatistics(() -> explain(graph, query)).relational().orElseThrow().text();
        assertTrue(anchored.contains("Dedup") && anchored.contains("smallLeft=true"), anchored);
        PropertyGraph unmeasured = graph();
        String onNearEnds = withoutStatistics(() -> explain(unmeasured, query)).relational().orElseThrow().text();
        assertFalse(onNearEnds.contains("Dedup"), onNearEnds);
        List<List<Object>> expected = java.util.Arrays.asList(java.util.Arrays.asList(8L, null),
                List.of(99_999L, 99_992L), List.of(99_999L, 99_998L));
        assertEquals(expected, withStatistics(() -> TestSpark.quiver().cypher(graph, query).rows()));
        assertEquals(expected, withoutStatistics(() -> TestSpark.quiver().cypher(unmeasured, query).rows()));
    }

    private static Explanation.Part explain(PropertyGraph graph, String query) {
        return TestSpark.quiver().cypher(graph, "EXPLAIN " + query).explanation().orElseThrow().parts().get(0);
    }

    private static <T> T withoutStatistics(java.util.function.Supplier<T> body) {
        return TestSpark.withConf(GraphStatisticsCollector.MIN_BYTES_SETTING, String.valueOf(Long.MAX_VALUE), body);
    }

    private static <T> T withStatistics(java.util.function.Supplier<T> body) {
        return TestSpark.withConf(GraphStatisticsCollector.MIN_BYTES_SETTING, "0", body);
    }

    /** Persons 0..99,999 (property i = id); KNOWS from i to i+1 and to i+7, modulo the persons: 200,000. */
    private static PropertyGraph graph() {
        Dataset<Row> persons = TestSpark.spark().range(PERSONS)
                .select(col("id").as(NodeTable.ID), col("id").as("i"));
        Dataset<Row> step1 = TestSpark.spark().range(PERSONS).select(col("id").as(RelationshipTable.ID),
                col("id").as(RelationshipTable.SOURCE), col("id").plus(1).mod(PERSONS).as(RelationshipTable.TARGET));
        Dataset<Row> step7 = TestSpark.spark().range(PERSONS).select(col("id").plus(PERSONS).as(RelationshipTable.ID),
                col("id").as(RelationshipTable.SOURCE), col("id").plus(7).mod(PERSONS).as(RelationshipTable.TARGET));
        return new PropertyGraph(
                List.of(new NodeTable(Set.of("Person"), Map.of("i", CypherType.INTEGER), persons)),
                List.of(new RelationshipTable("KNOWS", Map.of(), step1.union(step7))));
    }
}
