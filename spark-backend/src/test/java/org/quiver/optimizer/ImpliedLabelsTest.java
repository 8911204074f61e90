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
import org.junit.jupiter.api.Test;
import org.quiver.api.PropertyGraph;
import org.quiver.graph.NodeTable;
import org.quiver.graph.RelationshipTable;
import org.quiver.planner.types.CypherType;
import org.quiver.stats.GraphStatisticsCollector;
import org.quiver.testing.TestSpark;

/**
 * A label on a node whose id is all the query reads is not joined with the node tables when the
 * statistics show every relationship end there has it; where one end lacks it, the join stays.
 */
class ImpliedLabelsTest {
    private static final int PERSONS = 30;
    private static final int CITIES = 5;
    private static final String TWO_HOPS = "MATCH (a:Person)-[:KNOWS]->(b:Person)-[:KNOWS]->(c:Person) RETURN count(*) AS n";

    @Test
    void aChainOverPersonsOnlyReadsTheRelationships() {
        PropertyGraph graph = graph(false);
        assertEquals(0, nodeScans(graph, TWO_HOPS));
        assertEquals(List.of(List.<Object>of(twoHops(false))), rows(graph, TWO_HOPS));
    }

    @Test
    void aRelationshipToACityKeepsTheLabelJoin() {
        PropertyGraph graph = graph(true);
        // Which ends stay joined depends on the join order; the rows show the city is left out.
        assertTrue(nodeScans(graph, TWO_HOPS) >= 1, "a KNOWS target is not always a person");
        assertEquals(List.of(List.<Object>of(twoHops(true))), rows(graph, TWO_HOPS));
    }

    @Test
    void aPropertyReadJoinsTheNode() {
        String query = "MATCH (a:Person)-[:KNOWS]->(b:Person) WHERE b.i < 3 RETURN count(*) AS n";
        PropertyGraph graph = graph(false);
        assertEquals(1, nodeScans(graph, query));
        assertEquals(List.of(List.<Object>of(2L)), rows(graph, query));
    }

    @Test
    void zeroHopsKeepTheLabelJoinOfTheEnd() {
        String some = "MATCH (a:Person)-[:KNOWS*1..2]->(b:Person) RETURN count(*) AS n";
        String none = "MATCH (a)-[:KNOWS*0..1]->(b:Person) RETURN count(*) AS n";
        PropertyGraph graph = graph(false);
        assertEquals(1, nodeScans(graph, some), "only the start a");
        assertEquals(List.of(List.<Object>of(knows(false).size() + twoHops(false))), rows(graph, some));
        assertEquals(List.of(List.<Object>of((long) PERSONS + knows(false).size())), rows(graph, none));
    }

    private static long nodeScans(PropertyGraph graph, String query) {
        String relational = withStatistics(() -> TestSpark.quiver().cypher(graph, "EXPLAIN " + query).explanation()
                .orElseThrow().parts().get(0).relational().orElseThrow().text());
        return relational.lines().filter(l -> l.contains("ScanNodes")).count();
    }

    private static List<List<Object>> rows(PropertyGraph graph, String query) {
        return withStatistics(() -> TestSpark.quiver().cypher(graph, query).rows());
    }

    private static <T> T withStatistics(java.util.function.Supplier<T> body) {
        return TestSpark.withConf(GraphStatisticsCollector.MIN_BYTES_SETTING, "0", body);
    }

    /** KNOWS from i to i+1 and i+3 among persons; with {@code toCity}, person 0 also KNOWS the first city. */
    private static List<long[]> knows(boolean toCity) {
        List<long[]> knows = new ArrayList<>();
        for (int i = 0; i < PERSONS; i++) {
            for (int step : new int[] {1, 3}) {
                if (i + step < PERSONS) {
                    knows.add(new long[] {i, i + step});
                }
            }
        }
        if (toCity) {
            knows.add(new long[] {0, 100});
        }
        return knows;
    }

    /** Two-hop KNOWS paths whose three nodes are all persons (ids below 100). */
    private static long twoHops(boolean toCity) {
        List<long[]> knows = knows(toCity);
        long n = 0;
        for (long[] first : knows) {
            for (long[] second : knows) {
                if (first[1] == second[0] && first[0] < 100 && first[1] < 100 && second[1] < 100) {
                    n++;
                }
            }
        }
        return n;
    }

    private static PropertyGraph graph(boolean toCity) {
        StructType nodeSchema = new StructType().add(NodeTable.ID, DataTypes.LongType, false)
                .add("i", DataTypes.LongType, true);
        List<Row> persons = new ArrayList<>();
        for (long i = 0; i < PERSONS; i++) {
            persons.add(RowFactory.create(i, i));
        }
        List<Row> cities = new ArrayList<>();
        for (long i = 100; i < 100 + CITIES; i++) {
            cities.add(RowFactory.create(i, i));
        }
        StructType relSchema = new StructType().add(RelationshipTable.ID, DataTypes.LongType, false)
                .add(RelationshipTable.SOURCE, DataTypes.LongType, false)
                .add(RelationshipTable.TARGET, DataTypes.LongType, false);
        List<Row> knowsRows = new ArrayList<>();
        List<long[]> knows = knows(toCity);
        for (int k = 0; k < knows.size(); k++) {
            knowsRows.add(RowFactory.create(1000L + k, knows.get(k)[0], knows.get(k)[1]));
        }
        List<Row> livesIn = new ArrayList<>();
        for (long i = 0; i < PERSONS; i++) {
            livesIn.add(RowFactory.create(5000L + i, i, 100 + i % CITIES));
        }
        Map<String, CypherType> properties = Map.of("i", CypherType.INTEGER);
        return new PropertyGraph(
                List.of(new NodeTable(Set.of("Person"), properties, TestSpark.spark().createDataFrame(persons, nodeSchema)),
                        new NodeTable(Set.of("City"), properties, TestSpark.spark().createDataFrame(cities, nodeSchema))),
                List.of(new RelationshipTable("KNOWS", Map.of(), TestSpark.spark().createDataFrame(knowsRows, relSchema)),
                        new RelationshipTable("LIVES_IN", Map.of(), TestSpark.spark().createDataFrame(livesIn, relSchema))));
    }
}
