package org.quiver.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quiver.api.PropertyGraph;
import org.quiver.stats.GraphStatisticsCollector;
import org.quiver.testing.TestSpark;

/**
 * A CSV table of {@link GraphTables#STORED_FROM_ROWS} rows or more is stored in Spark rather than
 * kept as a local relation; queries, statistics and properties read the same from it.
 */
class LargeCsvGraphTest {
    private static final int PERSONS = GraphTables.STORED_FROM_ROWS + 500;

    @TempDir
    Path dir;

    @Test
    void aLargeTableIsStoredAndQueriedAsASmallOne() {
        List<String> persons = new ArrayList<>(List.of(":ID,name,age:int"));
        List<String> knows = new ArrayList<>(List.of(":START_ID,:END_ID"));
        for (int i = 0; i < PERSONS; i++) {
            persons.add("p" + i + ",n" + i + "," + (i % 90));
            knows.add("p" + i + ",p" + ((i + 1) % PERSONS));
        }
        new GraphFiles(dir).file("nodes/Person.csv", persons.toArray(String[]::new))
                .file("relationships/KNOWS.csv", knows.toArray(String[]::new));
        PropertyGraph graph = LoadedGraph.load(dir).graph();
        String plan = graph.nodeTables().get(0).data().queryExecution().logical().toString();
        assertFalse(plan.contains("LocalRelation"), plan);

        String query = "MATCH (a:Person)-[:KNOWS]->(b:Person) WHERE a.age = 89 RETURN count(*) AS n, min(b.name) AS first";
        List<List<Object>> rows = TestSpark.withConf(GraphStatisticsCollector.MIN_BYTES_SETTING, "0",
                () -> TestSpark.quiver().cypher(graph, query).rows());
        long expected = 0;
        String first = null;
        for (int i = 0; i < PERSONS; i++) {
            if (i % 90 == 89) {
                expected++;
                String name = "n" + ((i + 1) % PERSONS);
                first = first == null || name.compareTo(first) < 0 ? name : first;
            }
        }
        assertEquals(List.of(List.<Object>of(expected, first)), rows);
        assertTrue(graph.statistics().known(), "statistics gathered from the stored tables");
        assertEquals(PERSONS, graph.statistics().nodes(java.util.Set.of("Person")));
    }
}
