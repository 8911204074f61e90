package org.quiver.optimizer;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
import org.quiver.stats.GraphStatisticsCollector;
import org.quiver.testing.TestSpark;

/**
 * A triangle's uniqueness checks go when the gathered statistics show KNOWS has no loops, and stay
 * when one loop exists; the counts are right either way.
 */
class ImpliedUniquenessTest {
    private static final String TRIANGLES =
            "MATCH (a)-[:KNOWS]->(b)-[:KNOWS]->(c), (a)-[:KNOWS]->(c) RETURN count(*) AS n";

    @Test
    void withoutLoopsTheChecksGo() {
        PropertyGraph graph = graph(false);
        assertEquals(0, checks(graph));
        assertEquals(List.of(List.<Object>of(1L)), rows(graph));
    }

    @Test
    void oneLoopKeepsThem() {
        PropertyGraph graph = graph(true);
        assertEquals(3, checks(graph));
        // Without the checks the loop at 0 would add (0,0,0), (0,0,1) and (0,0,2).
        assertEquals(List.of(List.<Object>of(1L)), rows(graph));
    }

    @Test
    void aPartAfterAnUpdateKeepsThem() {
        // The statistics describe the graph before CREATE made a loop: the second part cannot rely on them.
        String query = "MATCH (x) WHERE id(x) = 0 CREATE (x)-[:KNOWS]->(x) WITH count(*) AS made " + TRIANGLES;
        assertEquals(List.of(List.<Object>of(1L)),
                withStatistics(() -> TestSpark.quiver().cypher(graph(false), query).rows()));
    }

    private static long checks(PropertyGraph graph) {
        String optimized = withStatistics(() -> TestSpark.quiver().cypher(graph, "EXPLAIN " + TRIANGLES)
                .explanation().orElseThrow().parts().get(0).optimized().text());
        return optimized.split("<>", -1).length - 1;
    }

    private static List<List<Object>> rows(PropertyGraph graph) {
        return withStatistics(() -> TestSpark.quiver().cypher(graph, TRIANGLES).rows());
    }

    private static <T> T withStatistics(java.util.function.Supplier<T> body) {
        return TestSpark.withConf(GraphStatisticsCollector.MIN_BYTES_SETTING, "0", body);
    }

    /** Nodes 0..3; KNOWS 0->1, 1->2, 0->2, 2->3, and with {@code loop} 0->0. */
    private static PropertyGraph graph(boolean loop) {
        StructType nodeSchema = new StructType().add(NodeTable.ID, DataTypes.LongType, false);
        List<Row> nodes = new ArrayList<>();
        for (long i = 0; i < 4; i++) {
            nodes.add(RowFactory.create(i));
        }
        StructType relSchema = new StructType().add(RelationshipTable.ID, DataTypes.LongType, false)
                .add(RelationshipTable.SOURCE, DataTypes.LongType, false)
                .add(RelationshipTable.TARGET, DataTypes.LongType, false);
        List<long[]> ends = new ArrayList<>(List.of(new long[] {0, 1}, new long[] {1, 2}, new long[] {0, 2},
                new long[] {2, 3}));
        if (loop) {
            ends.add(new long[] {0, 0});
        }
        List<Row> knows = new ArrayList<>();
        for (long[] e : ends) {
            knows.add(RowFactory.create(100L + knows.size(), e[0], e[1]));
        }
        return new PropertyGraph(
                List.of(new NodeTable(Set.of("Person"), Map.of(), TestSpark.spark().createDataFrame(nodes, nodeSchema))),
                List.of(new RelationshipTable("KNOWS", Map.of(), TestSpark.spark().createDataFrame(knows, relSchema))));
    }
}
