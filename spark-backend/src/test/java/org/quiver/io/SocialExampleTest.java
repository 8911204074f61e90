package org.quiver.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.quiver.graph.NodeTable;
import org.quiver.graph.RelationshipTable;
import org.quiver.planner.schema.GraphSchema;
import org.quiver.planner.types.CypherType;

/** The shipped example graph loads with the expected tables, counts and schema. */
class SocialExampleTest {
    private static Path socialDirectory() {
        // Tests run in spark-backend/; the examples live at the repository root.
        Path fromModule = Path.of("..", "examples", "social");
        return Files.isDirectory(fromModule) ? fromModule : Path.of("examples", "social");
    }

    @Test
    void loadsWithExpectedCountsAndSchema() {
        LoadedGraph g = LoadedGraph.load(socialDirectory());
        assertEquals(List.of(Set.of("Company"), Set.of("Person"), Set.of("City", "Capital"), Set.of("City"),
                        Set.of("Region")),
                g.graph().nodeTables().stream().map(NodeTable::labels).toList());
        assertEquals(4, g.nodes("Company").data().count());
        assertEquals(30, g.nodes("Person").data().count());
        assertEquals(3, g.nodes("City", "Capital").data().count());
        assertEquals(4, g.nodes("City").data().count());
        assertEquals(1, g.nodes("Region").data().count());

        assertEquals(List.of("KNOWS", "LIVES_IN", "LOCATED_IN", "WORKS_AT"),
                g.graph().relationshipTables().stream().map(RelationshipTable::type).toList());
        assertEquals(40, g.relationships("KNOWS").data().count());
        assertEquals(30, g.relationships("LIVES_IN").data().count());
        assertEquals(5, g.relationships("LOCATED_IN").data().count());
        assertEquals(16, g.relationships("WORKS_AT").data().count());

        GraphSchema schema = g.graph().schema();
        assertEquals(Set.of("Capital", "City", "Company", "Person", "Region"), schema.labels());
        assertEquals(Map.of("personId", CypherType.STRING, "name", CypherType.STRING, "born", CypherType.INTEGER,
                        "height", CypherType.FLOAT, "vegetarian", CypherType.BOOLEAN,
                        "languages", CypherType.listOf(CypherType.STRING)),
                schema.nodeProperties(Set.of("Person")));
        assertEquals(Map.of("since", CypherType.INTEGER), schema.relationshipProperties("KNOWS"));
        assertEquals(Map.of("role", CypherType.STRING), schema.relationshipProperties("WORKS_AT"));
    }

    @Test
    void keepsNonAsciiNamesQuotesAndAbsentValues() {
        LoadedGraph g = LoadedGraph.load(socialDirectory());
        List<Row> people = LoadedGraph.rows(g.nodes("Person"));
        assertTrue(people.stream().anyMatch(r -> "Çağla Yılmaz".equals(r.getAs("name"))));
        assertTrue(people.stream().anyMatch(r -> r.getAs("born") == null), "some people have no birth year");
        List<Row> companies = LoadedGraph.rows(g.nodes("Company"));
        assertTrue(companies.stream().anyMatch(r -> "Müller, Schmidt & Partner".equals(r.getAs("name"))));
        List<Row> capitals = LoadedGraph.rows(g.nodes("City", "Capital"));
        assertTrue(capitals.stream().anyMatch(r -> "東京".equals(r.getAs("name"))));
    }
}
