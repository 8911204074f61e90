package org.quiver.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.quiver.api.PropertyGraph;
import org.quiver.api.QuiverSession;
import org.quiver.testing.TestSpark;

/** Graphs mapped with CREATE PROPERTY GRAPH over temporary views, queried with Cypher. */
class CreatePropertyGraphTest {
    private static final QuiverSession QUIVER = TestSpark.quiver();

    @BeforeAll
    static void tables() {
        MappedTables.create();
    }

    @Test
    void theSocialExample() {
        PropertyGraph graph = QUIVER.execute("""
                CREATE OR REPLACE PROPERTY GRAPH social
                  NODE TABLES (
                    m_people AS people KEY (id) LABEL Person PROPERTIES (name, birth_year AS born),
                    m_companies AS companies KEY (cid) LABEL Company PROPERTIES ALL COLUMNS EXCEPT (founded) )
                  RELATIONSHIP TABLES (
                    m_works_at KEY (id) SOURCE KEY (person_id) REFERENCES people (id)
                               DESTINATION KEY (company_id) REFERENCES companies (cid) LABEL WORKS_AT )
                """).orElseThrow();
        assertEquals(List.of(List.of("Alan", 1912L, "Bletchley", 1939L), List.of("Grace", 1906L, "Bletchley", 1944L)),
                rows(graph, "MATCH (p:Person)-[w:WORKS_AT]->(c:Company {name: 'Bletchley'}) "
                        + "RETURN p.name, p.born, c.name, w.since ORDER BY p.name"));
        assertEquals(List.of(List.of(List.of("cid", "name"))),
                rows(graph, "MATCH (c:Company) WITH keys(c) AS k ORDER BY size(k) LIMIT 1 RETURN k"));
        assertTrue(QUIVER.graph("social").isPresent());
    }

    @Test
    void idsOfTwoTablesNeverCollideEvenWhenTheirKeysDo() {
        PropertyGraph graph = QUIVER.execute("""
                CREATE OR REPLACE PROPERTY GRAPH ids
                  NODE TABLES (m_people KEY (id) LABEL Person NO PROPERTIES, m_companies KEY (cid) NO PROPERTIES)
                """).orElseThrow();
        Set<Object> ids = rows(graph, "MATCH (n) RETURN id(n)").stream().map(r -> r.get(0)).collect(Collectors.toSet());
        long companies = 1L << 48;
        assertEquals(Set.of(1L, 2L, 3L, companies + 1, companies + 2), ids);
        List<List<Object>> afterCreate = rows(
                QUIVER.cypher(graph, "CREATE (:New)").graph(), "MATCH (n) RETURN id(n)");
        assertEquals(6, Set.copyOf(afterCreate).size());
    }

    @Test
    void compositeKeysAndSeveralLabels() {
        PropertyGraph graph = QUIVER.execute("""
                CREATE OR REPLACE PROPERTY GRAPH places
                  VERTEX TABLES (
                    m_people KEY (id) LABEL Person PROPERTIES (name),
                    m_cities AS cities KEY (country, name) LABEL City LABEL Place PROPERTIES (name, country) )
                  EDGE TABLES (
                    m_lives_in SOURCE KEY (person) REFERENCES m_people
                               DESTINATION KEY (city, country) REFERENCES cities (name, country) LABEL LIVES_IN )
                """).orElseThrow();
        assertEquals(List.of(List.of("Ada", "London", "UK", List.of("City", "Place")),
                        List.of("Alan", "London", "UK", List.of("City", "Place")),
                        List.of("Grace", "Arlington", "US", List.of("City", "Place"))),
                rows(graph, "MATCH (p:Person)-[:LIVES_IN]->(c:Place) RETURN p.name, c.name, c.country, labels(c) "
                        + "ORDER BY p.name"));
        List<List<Object>> cityIds = rows(graph, "MATCH (c:City) RETURN id(c)");
        assertEquals(3, Set.copyOf(cityIds).size());
        assertEquals(List.of(List.of(2L)),
                rows(graph, "MATCH (c:City {name: 'London', country: 'UK'})<-[r:LIVES_IN]-() RETURN count(r)"));
    }

    @Test
    void expressionsOverColumns() {
        PropertyGraph graph = QUIVER.execute("""
                CREATE OR REPLACE PROPERTY GRAPH derived
                  NODE TABLES (m_people KEY (id) LABEL Person PROPERTIES (
                    upper(name) AS shout, 2000 - birth_year AS years_ago,
                    CASE WHEN birth_year < 1900 THEN 'old, very' ELSE 'new' END AS era,
                    CAST(founded_hint AS STRING) AS hint))
                """.replace("CAST(founded_hint AS STRING)", "concat(name, ' (', CAST(birth_year AS STRING), ')')"))
                .orElseThrow();
        assertEquals(List.of(List.of("ADA", 185L, "old, very", "Ada (1815)")),
                rows(graph, "MATCH (p:Person) WHERE p.shout = 'ADA' RETURN p.shout, p.years_ago, p.era, p.hint"));
    }

    @Test
    void aTableReferencingItself() {
        PropertyGraph graph = QUIVER.execute("""
                CREATE OR REPLACE PROPERTY GRAPH org
                  NODE TABLES (m_staff AS staff KEY (id) LABEL Employee PROPERTIES (title))
                  RELATIONSHIP TABLES (m_staff AS reports KEY (id) SOURCE KEY (id) REFERENCES staff
                                       DESTINATION KEY (manager) REFERENCES staff LABEL REPORTS_TO NO PROPERTIES)
                """).orElseThrow();
        assertEquals(List.of(List.of("Clerk", "Deputy"), List.of("Deputy", "Boss")),
                rows(graph, "MATCH (a:Employee)-[:REPORTS_TO]->(b) RETURN a.title, b.title ORDER BY a.title"));
    }

    @Test
    void mappingReadsNoData() {
        TestSpark.spark().sql("CREATE OR REPLACE TEMPORARY VIEW m_unreadable AS "
                + "SELECT id, raise_error('the table was read') AS oops FROM VALUES (1L) AS t(id)");
        PropertyGraph graph = QUIVER.execute("CREATE OR REPLACE PROPERTY GRAPH lazy NODE TABLES (m_unreadable KEY (id))")
                .orElseThrow();
        RuntimeException e = org.junit.jupiter.api.Assertions.assertThrows(RuntimeException.class,
                () -> rows(graph, "MATCH (n) RETURN n.oops"));
        assertTrue(String.valueOf(e.getMessage()).contains("the table was read"), e.getMessage());
    }

    @Test
    void parquetFilesByPath(@org.junit.jupiter.api.io.TempDir java.nio.file.Path directory) {
        String path = directory.resolve("people.parquet").toString();
        TestSpark.spark().table("m_people").write().parquet(path);
        PropertyGraph graph = QUIVER.execute("CREATE OR REPLACE PROPERTY GRAPH files NODE TABLES (parquet.`" + path
                + "` AS people KEY (id) LABEL Person)").orElseThrow();
        assertEquals(List.of(List.of("Grace", 1906L)),
                rows(graph, "MATCH (p:Person) WHERE p.id = 3 RETURN p.name, p.birth_year"));
    }

    @Test
    void dropForgetsTheName() {
        QUIVER.execute("CREATE OR REPLACE PROPERTY GRAPH dropme NODE TABLES (m_people KEY (id))");
        assertTrue(QUIVER.execute("DROP PROPERTY GRAPH dropme").isPresent());
        assertTrue(QUIVER.graph("dropme").isEmpty());
        assertTrue(QUIVER.execute("DROP PROPERTY GRAPH IF EXISTS dropme").isEmpty());
    }

    @Test
    void ifNotExistsKeepsTheGraphThere() {
        PropertyGraph first = QUIVER.execute("CREATE OR REPLACE PROPERTY GRAPH kept NODE TABLES (m_people KEY (id))")
                .orElseThrow();
        PropertyGraph second = QUIVER.execute(
                "CREATE PROPERTY GRAPH IF NOT EXISTS kept NODE TABLES (m_companies KEY (cid))").orElseThrow();
        assertEquals(first, second);
        assertNotEquals(first, QUIVER.execute(
                "CREATE OR REPLACE PROPERTY GRAPH kept NODE TABLES (m_people KEY (id))").orElseThrow());
    }

    static List<List<Object>> rows(PropertyGraph graph, String query) {
        return QUIVER.cypher(graph, query).rows().stream().map(List::copyOf).collect(Collectors.toList());
    }
}
