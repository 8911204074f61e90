package org.quiver.optimizer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.quiver.api.PropertyGraph;
import org.quiver.graph.NodeTable;
import org.quiver.graph.RelationshipTable;
import org.quiver.planner.explain.Explanation;
import org.quiver.planner.types.CypherType;
import org.quiver.stats.GraphStatisticsCollector;
import org.quiver.testing.TestSpark;

/**
 * A join input that the gathered statistics show small is broadcast, and the relationship table
 * streamed; without statistics nothing is marked. The rows are the same either way.
 */
class SmallInputsTest {
    private static final int PERSONS = 400;
    private static final String FROM_ONE = "MATCH (p:Person {i: 5})-[:KNOWS]->(f)-[:KNOWS]->(g:Person) RETURN g.i AS gi ORDER BY gi";
    private static final String OPTIONAL = "MATCH (p:Person) WHERE p.i < 3 OPTIONAL MATCH (p)-[:KNOWS]->(f) "
            + "RETURN p.i AS pi, f.i AS fi ORDER BY pi, fi";

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
    void aSmallOptionalSideIsBroadcastToTheOuterJoin() {
        PropertyGraph graph = graph();
        Explanation.Part part = withStatistics(() -> explain(graph, OPTIONAL));
        assertTrue(part.relational().orElseThrow().text().contains("smallRight=true"), part.relational().get().text());
        List<List<Object>> expected = List.of(List.of(0L, 1L), List.of(0L, 7L), List.of(1L, 2L), List.of(1L, 8L),
                List.of(2L, 3L), List.of(2L, 9L));
        assertEquals(expected, withStatistics(() -> TestSpark.quiver().cypher(graph, OPTIONAL).rows()));
    }

    @Test
    void withoutStatisticsNothingIsMarked() {
        PropertyGraph graph = graph();
        String relational = explain(graph, FROM_ONE).relational().orElseThrow().text();
        assertFalse(relational.contains("smallLeft=true"), relational);
    }

    private static Explanation.Part explain(PropertyGraph graph, String query) {
        return TestSpark.quiver().cypher(graph, "EXPLAIN " + query).explanation().orElseThrow().parts().get(0);
    }

    private static <T> T withStatistics(java.util.function.Supplier<T> body) {
        return TestSpark.withConf(GraphStatisticsCollector.MIN_BYTES_SETTING, "0", body);
    }

    /** Persons 0..399; KNOWS from i to i+1 and to i+7. */
    private static PropertyGraph graph() {
        StructType nodeSchema = new StructType().add(NodeTable.ID, DataTypes.LongType, false)
                .add("i", DataTypes.LongType, true);
        List<Row> persons = new ArrayList<>();
        for (long i = 0; i < PERSONS; i++) {
            persons.add(RowFactory.create(i, i));
        }
        StructType relSchema = new StructType().add(RelationshipTable.ID, DataTypes.LongType, false)
                .add(RelationshipTable.SOURCE, DataTypes.LongType, false)
                .add(RelationshipTable.TARGET, DataTypes.LongType, false);
        List<Row> knows = new ArrayList<>();
        for (long i = 0; i < PERSONS; i++) {
            for (long step : new long[] {1, 7}) {
                if (i + step < PERSONS) {
                    knows.add(RowFactory.create(10_000L + knows.size(), i, i + step));
                }
            }
        }
        return new PropertyGraph(
                List.of(new NodeTable(Set.of("Person"), Map.of("i", CypherType.INTEGER),
                        TestSpark.spark().createDataFrame(persons, nodeSchema))),
                List.of(new RelationshipTable("KNOWS", Map.of(), TestSpark.spark().createDataFrame(knows, relSchema))));
    }
}
