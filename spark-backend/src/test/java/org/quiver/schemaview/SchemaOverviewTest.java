package org.quiver.schemaview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.quiver.api.PropertyGraph;
import org.quiver.testing.TestSpark;

/** The schema pictures of the example graph examples/social. */
@Tag("e2e")
class SchemaOverviewTest {
    private static final PropertyGraph SOCIAL = TestSpark.quiver().loadGraph(Path.of("../examples/social"));

    @Test
    void countsNodesRelationshipsAndTheirEnds() {
        SchemaOverview overview = SchemaCounter.of(SOCIAL);
        long people = TestSpark.quiver().cypher(SOCIAL, "MATCH (p:Person) RETURN count(p)").rows().get(0).get(0)
                instanceof Long n ? n : -1;
        SchemaOverview.NodeGroup persons = overview.nodeGroups().stream()
                .filter(g -> g.labels().equals(java.util.Set.of("Person"))).findFirst().orElseThrow();
        assertEquals(people, persons.count());
        long knows = (Long) TestSpark.quiver().cypher(SOCIAL, "MATCH ()-[k:KNOWS]->() RETURN count(k)").rows()
                .get(0).get(0);
        SchemaOverview.RelationshipGroup knowsGroup = overview.relationshipGroups().stream()
                .filter(g -> g.type().equals("KNOWS")).findFirst().orElseThrow();
        assertEquals(knows, knowsGroup.count());
        assertEquals(1, knowsGroup.endpoints().size());
        long livesInCapital = (Long) TestSpark.quiver().cypher(SOCIAL,
                "MATCH (:Person)-[r:LIVES_IN]->(:City:Capital) RETURN count(r)").rows().get(0).get(0);
        assertTrue(overview.relationshipGroups().stream().filter(g -> g.type().equals("LIVES_IN"))
                .flatMap(g -> g.endpoints().stream())
                .anyMatch(e -> e.target().equals(java.util.Set.of("City", "Capital")) && e.count() == livesInCapital));
    }

    @Test
    void textListsLabelsTypesAndKeysAligned() {
        String text = SchemaText.render(SchemaCounter.of(SOCIAL));
        assertTrue(text.startsWith("Node labels"), text);
        assertTrue(text.contains("born: Integer, height: Float, languages: List<String>, name: String,"
                + " personId: String, vegetarian: Boolean"), text);
        assertTrue(text.contains("  :Capital:City "), text);
        assertTrue(text.contains("    (:Person)-[:KNOWS]->(:Person)  "), text);
        assertTrue(text.contains("  :KNOWS "), text);
        // Counts end in one column: every count line's properties start at the same place.
        long headerColumn = text.lines().filter(l -> l.startsWith("Node labels")).findFirst().orElseThrow()
                .indexOf("count");
        assertEquals(headerColumn, text.lines().filter(l -> l.startsWith("Relationship types")).findFirst()
                .orElseThrow().indexOf("count"));
    }

    @Test
    void dotHasABoxPerCombinationAndAnArrowPerEndPair() {
        SchemaOverview overview = SchemaCounter.of(SOCIAL);
        String dot = SchemaDot.render(overview);
        assertTrue(dot.startsWith("digraph schema {\n"), dot);
        assertEquals(overview.nodeGroups().size(), dot.lines().filter(l -> l.matches("  n\\d+ \\[label=.*")).count());
        long pairs = overview.relationshipGroups().stream().mapToLong(g -> g.endpoints().size()).sum();
        assertEquals(pairs, dot.lines().filter(l -> l.contains(" -> ")).count());
        assertTrue(dot.contains("[label=\":KNOWS ("), dot);
        assertTrue(dot.contains("\":Capital:City\\n3 nodes\\n"), dot);
    }
}
