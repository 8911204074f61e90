package org.quiver.mapping;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.quiver.api.GraphMapping;
import org.quiver.api.PropertyGraph;
import org.quiver.parser.error.SemanticError;
import org.quiver.testing.TestSpark;

/** The Java builder maps DataFrames as the statement maps tables. */
class GraphMappingTest {

    @BeforeAll
    static void tables() {
        MappedTables.create();
    }

    private static Dataset<Row> table(String name) {
        return TestSpark.spark().table(name);
    }

    @Test
    void nodesAndRelationshipsFromDataFrames() {
        PropertyGraph graph = GraphMapping.builder()
                .nodes("Person", table("m_people"), "id").properties("name").property("born", col("birth_year"))
                .nodes("Company", table("m_companies").drop("founded"), "cid")
                .relationships("WORKS_AT", table("m_works_at"), "id")
                    .source("Person", "person_id").target("Company", "company_id").properties("since")
                .build();
        assertEquals(List.of(List.of("Ada", 1815L, "Analytical Engines", 1842L)),
                CreatePropertyGraphTest.rows(graph,
                        "MATCH (p:Person)-[w:WORKS_AT]->(c:Company) WHERE p.born < 1900 RETURN p.name, p.born, c.name, w.since"));
    }

    @Test
    void relationshipsWithoutKeyAndNodesWithTwoLabels() {
        PropertyGraph graph = GraphMapping.builder()
                .nodes("people", table("m_people"), "id").labels("Person", "Scientist").noProperties()
                .nodes("cities", table("m_cities"), "country", "name").labels("City").properties("name")
                .relationships("LIVES_IN", table("m_lives_in"))
                    .source("people", "person").target("cities", "country", "city").noProperties()
                .build();
        assertEquals(List.of(List.of("Arlington", 1L), List.of("London", 2L)),
                CreatePropertyGraphTest.rows(graph, "MATCH (:Scientist)-[r:LIVES_IN]->(c:City) "
                        + "RETURN c.name, count(DISTINCT id(r)) ORDER BY c.name"));
    }

    @Test
    void builderErrorsNameTableAndColumn() {
        SemanticError e = assertThrows(SemanticError.class, () -> GraphMapping.builder()
                .nodes("Person", table("m_people"), "person_id").build());
        assertEquals("Table Person has no column `person_id`; its columns are id, name, birth_year", e.reason());
    }
}
