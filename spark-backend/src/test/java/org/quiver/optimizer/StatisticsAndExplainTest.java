package org.quiver.optimizer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quiver.api.CypherResult;
import org.quiver.api.PropertyGraph;
import org.quiver.planner.explain.Explanation;
import org.quiver.planner.stats.GraphStatistics;
import org.quiver.planner.stats.RelationshipGroupStatistics;
import org.quiver.stats.GraphStatisticsCollector;
import org.quiver.testing.TestSpark;

/** Statistics gathered from a small graph whose counts are known, and EXPLAIN's stages in text and JSON. */
class StatisticsAndExplainTest {
    private static PropertyGraph tiny() {
        return TestSpark.quiver().loadGraph(Path.of("src/test/resources/graphs/tiny"));
    }

    @Test
    void countsPerLabelCombinationAndPerRelationshipEnds() {
        GraphStatistics s = GraphStatisticsCollector.gather(tiny());
        assertTrue(s.known());
        assertEquals(5, s.nodes(Set.of("Person")), "four people and one Person:Employee");
        assertEquals(1, s.nodes(Set.of("Person", "Employee")));
        assertEquals(2, s.nodes(Set.of("City")));
        assertEquals(7, s.nodes(Set.of()));
        assertEquals(6, s.relationships(Set.of("KNOWS"), Set.of(), Set.of()));
        assertEquals(1, s.relationships(Set.of("KNOWS"), Set.of("Employee"), Set.of("Person")), "s1 knows p1");
        assertEquals(4, s.relationships(Set.of("LIVES_IN"), Set.of("Person"), Set.of("City")));
        assertEquals(0, s.relationships(Set.of("LIVES_IN"), Set.of("City"), Set.of()));
        RelationshipGroupStatistics knows = s.relationshipGroups().stream()
                .filter(g -> g.type().equals("KNOWS") && g.sourceLabels().equals(Set.of("Person"))).findFirst()
                .orElseThrow();
        assertEquals(5, knows.count());
        assertEquals(4, knows.distinctSources(), "p1 twice, p2, p3, p4");
        assertEquals(4, s.nodeProperty(Set.of("Person"), "age").orElseThrow().nonNull(), "Carol has no age; Eve has one");
        assertEquals(4, s.nodeProperty(Set.of("Person"), "name").orElseThrow().distinct());
        assertEquals(5, s.relationshipProperty(Set.of("KNOWS"), "since").orElseThrow().nonNull());
    }

    @Test
    void aGraphKeepsItsStatisticsAndASmallOneSkipsTheJob() {
        PropertyGraph graph = tiny();
        assertSame(graph.statistics(), graph.statistics(), "gathered once");
        assertEquals(GraphStatistics.UNKNOWN, graph.statistics(), "a graph under 1 MB is not worth a statistics job");
    }

    @Test
    void explainShowsEveryStageWithEstimatesAndTheSameDataAsJson() {
        CypherResult result = TestSpark.quiver().cypher(tiny(),
                "EXPLAIN MATCH (c:City)<-[:LIVES_IN]-(p:Person) WHERE p.name = 'Alice' RETURN c.name");
        String text = (String) result.rows().get(0).get(0);
        for (String stage : new String[] {"Clauses: MATCH WHERE, RETURN", "Logical plan", "Optimized logical plan",
                "Relational plan", "Spark plan"}) {
            assertTrue(text.contains(stage), stage + " in\n" + text);
        }
        assertTrue(text.contains("(p.name = 'Alice')") && text.contains(" rows"), text);
        Explanation explanation = result.explanation().orElseThrow();
        assertEquals(text, explanation.text());
        String json = explanation.json();
        assertTrue(json.startsWith("{\"clauses\":\"MATCH WHERE, RETURN\",\"parts\":[{"), json);
        assertTrue(json.contains("\"operator\":\"NodeScan\"") && json.contains("\"estimatedRows\":"), json);
    }

    @Test
    void theSelectiveSideIsScannedFirstWhateverTheWrittenOrder() {
        CypherResult result = TestSpark.quiver().cypher(tiny(),
                "EXPLAIN MATCH (c:City)<-[:LIVES_IN]-(p:Person) WHERE p.name = 'Alice' RETURN c.name");
        String optimized = result.explanation().orElseThrow().parts().get(0).optimized().text();
        String scanLine = optimized.lines().filter(l -> l.contains("NodeScan")).findFirst().orElseThrow();
        assertTrue(scanLine.contains("variable=p"), "starts from the filtered person:\n" + optimized);
        assertTrue(TestSpark.quiver().cypher(tiny(), "MATCH (c:City)<-[:LIVES_IN]-(p:Person) WHERE p.name = 'Alice' "
                + "RETURN c.name AS city").rows().equals(java.util.List.of(java.util.List.of("Berlin"))));
    }

    @Test
    void profileGivesTheRowsAndSparksActualRowsPerOperator() {
        CypherResult result = TestSpark.quiver().cypher(tiny(),
                "PROFILE MATCH (p:Person)-[:LIVES_IN]->(c:City) RETURN c.name AS city, count(p) AS people");
        assertEquals(2, result.rows().size());
        String profile = result.profile().orElseThrow();
        assertTrue(profile.contains("Optimized logical plan (~ estimated rows)"), profile);
        assertTrue(profile.contains("Spark plan (actual rows and times)") && profile.contains("rows="), profile);
        assertTrue(TestSpark.quiver().cypher(tiny(), "MATCH (n) RETURN count(n) AS n").profile().isEmpty());
    }
}
