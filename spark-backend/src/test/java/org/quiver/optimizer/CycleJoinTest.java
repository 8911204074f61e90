package org.quiver.optimizer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.quiver.api.PropertyGraph;
import org.quiver.graph.NodeTable;
import org.quiver.graph.RelationshipTable;
import org.quiver.planner.types.CypherType;
import org.quiver.stats.GraphStatisticsCollector;
import org.quiver.testing.TestSpark;

/**
 * With statistics, a 4-cycle is planned as two 2-hop paths joined on the nodes where they meet
 * (a node join), and it finds the cycles a plain loop over the relationships counts.
 */
class CycleJoinTest {
    private static final int PERSONS = 60;
    private static List<int[]> knows;
    private static PropertyGraph graph;
    private static String minBytesBefore;

    @BeforeAll
    static void ringWithChords() {
        minBytesBefore = TestSpark.spark().conf().get(GraphStatisticsCollector.MIN_BYTES_SETTING, null);
        TestSpark.spark().conf().set(GraphStatisticsCollector.MIN_BYTES_SETTING, "0");
        knows = new ArrayList<>();
        for (int i = 0; i < PERSONS; i++) {
            for (int step : new int[] {1, 2, 3, 5, 7, 8, 11}) {
                if (i + step < PERSONS) {
                    knows.add(new int[] {i, i + step});
                }
            }
        }
        List<Row> nodes = new ArrayList<>();
        for (int i = 0; i < PERSONS; i++) {
            nodes.add(RowFactory.create((long) i, (long) i));
        }
        List<Row> rels = new ArrayList<>();
        for (int k = 0; k < knows.size(); k++) {
            rels.add(RowFactory.create(1000L + k, (long) knows.get(k)[0], (long) knows.get(k)[1]));
        }
        StructType nodeSchema = new StructType().add(NodeTable.ID, DataTypes.LongType, false)
                .add("i", DataTypes.LongType, true);
        StructType relSchema = new StructType().add(RelationshipTable.ID, DataTypes.LongType, false)
                .add(RelationshipTable.SOURCE, DataTypes.LongType, false)
                .add(RelationshipTable.TARGET, DataTypes.LongType, false);
        graph = new PropertyGraph(List.of(new NodeTable(Set.of("Person"), Map.of("i", CypherType.INTEGER),
                TestSpark.spark().createDataFrame(nodes, nodeSchema))),
                List.of(new RelationshipTable("KNOWS", Map.of(), TestSpark.spark().createDataFrame(rels, relSchema))));
    }

    @AfterAll
    static void restore() {
        if (minBytesBefore == null) {
            TestSpark.spark().conf().unset(GraphStatisticsCollector.MIN_BYTES_SETTING);
        } else {
            TestSpark.spark().conf().set(GraphStatisticsCollector.MIN_BYTES_SETTING, minBytesBefore);
        }
    }

    private static final String FOUR_CYCLES = """
            MATCH (a:Person)-[:KNOWS]->(b:Person)-[:KNOWS]->(d:Person), (a)-[:KNOWS]->(c:Person)-[:KNOWS]->(d)
            WHERE b.i < c.i
            RETURN a.i AS a, d.i AS d, count(*) AS cycles ORDER BY a, d""";

    @Test
    void fourCyclesAreTwoPathsJoinedOnTheirEnds() {
        String optimized = TestSpark.quiver().cypher(graph, "EXPLAIN " + FOUR_CYCLES).explanation().orElseThrow()
                .parts().get(0).optimized().text();
        assertTrue(optimized.contains("NodeHashJoin nodes=["), optimized);
    }

    @Test
    void theJoinFindsTheCyclesALoopCounts() {
        Map<List<Long>, Long> expected = new java.util.TreeMap<>(java.util.Comparator
                .comparing((List<Long> k) -> k.get(0)).thenComparing(k -> k.get(1)));
        Map<Integer, Set<Integer>> out = new java.util.HashMap<>();
        knows.forEach(k -> out.computeIfAbsent(k[0], x -> new java.util.TreeSet<>()).add(k[1]));
        out.forEach((a, bs) -> {
            for (int b : bs) {
                for (int d : out.getOrDefault(b, Set.of())) {
                    for (int c : bs) {
                        if (b < c && out.getOrDefault(c, Set.of()).contains(d)) {
                            expected.merge(List.of((long) a, (long) d), 1L, Long::sum);
                        }
                    }
                }
            }
        });
        List<List<Object>> rows = new ArrayList<>();
        expected.forEach((ends, n) -> rows.add(List.of(ends.get(0), ends.get(1), n)));
        assertTrue(rows.size() > 20, "the graph has cycles to find");
        assertEquals(rows, TestSpark.quiver().cypher(graph, FOUR_CYCLES).rows());
    }
}
