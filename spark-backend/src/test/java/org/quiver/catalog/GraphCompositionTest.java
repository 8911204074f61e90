package org.quiver.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quiver.api.CypherResult;
import org.quiver.api.PropertyGraph;
import org.quiver.api.QuiverSession;
import org.quiver.parser.error.CypherException;
import org.quiver.testing.TestSpark;

/** Graphs built by queries, kept in the catalog under names, and read by later queries. */
class GraphCompositionTest {
    private static final String TRIPS = "FROM GRAPH session.people MATCH (p:Person) CONSTRUCT ON session.places"
            + " CLONE p CREATE (p)-[:TOOK]->(:Trip {by: p.name}) RETURN GRAPH";

    private QuiverSession quiver;

    @BeforeEach
    void twoSourceGraphs() {
        quiver = QuiverSession.of(TestSpark.spark());
        PropertyGraph people = quiver.cypher(quiver.emptyGraph(),
                "CREATE (:Person {name: 'Ann'})-[:KNOWS]->(:Person {name: 'Bo'}), (:Person {name: 'Cy'})").graph();
        PropertyGraph places = quiver.cypher(quiver.emptyGraph(),
                "CREATE (:City {name: 'Oslo'}), (:City {name: 'Rome'})").graph();
        quiver.store("session.people", people);
        quiver.store("places", places);
    }

    private List<List<Object>> rows(String query) {
        return quiver.cypher(query).rows();
    }

    @Test
    void constructFromTwoGraphsNameItAndQueryIt() {
        quiver.cypher("CATALOG CREATE GRAPH session.trips { " + TRIPS + " }");

        assertEquals(List.of(List.of("City", 2L), List.of("Person", 3L), List.of("Trip", 3L)),
                rows("FROM GRAPH session.trips MATCH (n) RETURN head(labels(n)) AS label, count(*) ORDER BY label"));
        // ON graphs come first and keep their ids (cities 0, 1); the queried graph's clones follow
        // (people 0..2 become 2..4); created nodes are numbered after (5..7, one per person, in id
        // order), created relationships after the one KNOWS relationship of the inputs (1..3).
        assertEquals(List.of(
                List.of("Ann", 2L, 1L, 5L), List.of("Bo", 3L, 2L, 6L), List.of("Cy", 4L, 3L, 7L)),
                rows("FROM GRAPH session.trips MATCH (p)-[r:TOOK]->(t:Trip) WHERE t.by = p.name"
                        + " RETURN p.name, id(p), id(r), id(t) ORDER BY p.name"));
        assertEquals(List.of(List.of(0L, "Oslo"), List.of(1L, "Rome")),
                rows("FROM GRAPH session.trips MATCH (c:City) RETURN id(c), c.name ORDER BY c.name"));
    }

    @Test
    void idsAreTheSameOnEveryRun() {
        String ids = "MATCH (n) OPTIONAL MATCH (n)-[r]->(m) RETURN id(n), labels(n), n.name, n.by, id(r), id(m)"
                + " ORDER BY id(n), id(r)";
        PropertyGraph first = quiver.cypher(TRIPS).graph();
        PropertyGraph second = quiver.cypher(TRIPS).graph();
        List<List<Object>> firstIds = quiver.cypher(first, ids).rows();
        assertEquals(firstIds, quiver.cypher(second, ids).rows());
        assertEquals(8, firstIds.size());
    }

    @Test
    void returnGraphOfAUnionAllKeepsIdsApart() {
        PropertyGraph union = quiver.cypher("FROM GRAPH session.people RETURN GRAPH"
                + " UNION ALL FROM GRAPH session.places RETURN GRAPH").graph();
        assertEquals(List.of(List.of(5L, 5L, 1L)), quiver.cypher(union,
                "MATCH (n) OPTIONAL MATCH ()-[r]->() RETURN count(DISTINCT n), count(DISTINCT id(n)), count(DISTINCT r)")
                .rows());
        assertEquals(List.of(List.of("Oslo", 3L), List.of("Rome", 4L)),
                quiver.cypher(union, "MATCH (c:City) RETURN c.name, id(c) ORDER BY c.name").rows());
    }

    @Test
    void constructOnSeveralGraphsKeepsIdsApart() {
        PropertyGraph both = quiver.cypher("CONSTRUCT ON session.people, places RETURN GRAPH").graph();
        assertEquals(List.of(List.of(5L)), quiver.cypher(both, "MATCH (n) RETURN count(DISTINCT id(n))").rows());
    }

    @Test
    void viewsAreExpandedWithTheGraphsPassedToThem() {
        quiver.cypher("CATALOG CREATE VIEW named($g, $h) { FROM GRAPH $g MATCH (n) WHERE n.name STARTS WITH 'R'"
                + " CONSTRUCT ON $h CLONE n RETURN GRAPH }");
        assertEquals(List.of(List.of("Ann"), List.of("Bo"), List.of("Cy"), List.of("Rome")),
                rows("FROM GRAPH named(places, session.people) MATCH (n) RETURN n.name ORDER BY id(n)"));
        CypherException wrongArity = assertThrows(CypherException.class,
                () -> rows("FROM GRAPH named(places) MATCH (n) RETURN n"));
        assertEquals("SemanticError", wrongArity.errorType());
        assertTrue(wrongArity.getMessage().contains("takes 2 graph(s), not 1"), wrongArity.getMessage());
        quiver.cypher("CATALOG DROP GRAPH named");
        assertThrows(CypherException.class, () -> rows("FROM GRAPH named(places, places) MATCH (n) RETURN n"));
    }

    @Test
    void useAndFromGraphPickTheGraphOfAReadingQuery() {
        assertEquals(List.of(List.of(2L)), rows("USE places MATCH (c:City) RETURN count(c)"));
        assertEquals(List.of(List.of(1L)), rows("FROM session.people MATCH ()-[r:KNOWS]->() RETURN count(r)"));
        assertSame(quiver.graph("places").orElseThrow(), quiver.cypher("FROM GRAPH places RETURN GRAPH").graph());
    }

    @Test
    void unknownGraphsAndNamespacesAreErrorsWithAPosition() {
        CypherException graph = assertThrows(CypherException.class,
                () -> rows("MATCH (n) CONSTRUCT ON session.nowhere CLONE n RETURN GRAPH"));
        assertEquals("SemanticError", graph.errorType());
        assertEquals("GraphNotFound", graph.detail().orElseThrow());
        assertTrue(graph.getMessage().contains("line 1, column 24"), graph.getMessage());
        CypherException namespace = assertThrows(CypherException.class,
                () -> rows("FROM GRAPH archive.old MATCH (n) RETURN n"));
        assertTrue(namespace.getMessage().contains("`archive` is no namespace"), namespace.getMessage());
        CypherException midQuery = assertThrows(CypherException.class,
                () -> rows("MATCH (n) FROM GRAPH places MATCH (m) RETURN n, m"));
        assertEquals("UnsupportedFeature", midQuery.errorType());
        assertTrue(midQuery.getMessage().contains("to another graph"), midQuery.getMessage());
    }

    @Test
    void aQuerySwitchesGraphsCarryingValues() {
        assertEquals(List.of(List.of("Ann", "Oslo"), List.of("Ann", "Rome")),
                rows("FROM GRAPH session.people MATCH (p:Person) WITH p.name AS name"
                        + " FROM GRAPH places MATCH (c:City) WHERE size(c.name) = size(name) + 1"
                        + " RETURN name, c.name ORDER BY c.name"));
        PropertyGraph visits = quiver.cypher("FROM GRAPH session.people MATCH (p:Person) WHERE p.name <> 'Bo'"
                + " WITH p.name AS name USE places MATCH (c:City)"
                + " CONSTRUCT CLONE c CREATE (c)<-[:VISITS]-(:Visitor {name: name}) RETURN GRAPH").graph();
        assertEquals(List.of(List.of("Ann", 0L, "Oslo"), List.of("Ann", 1L, "Rome"),
                List.of("Cy", 0L, "Oslo"), List.of("Cy", 1L, "Rome")),
                quiver.cypher(visits, "MATCH (v:Visitor)-[:VISITS]->(c) RETURN v.name, id(c), c.name"
                        + " ORDER BY v.name, c.name").rows());
        assertEquals(List.of(List.of(2L)), quiver.cypher(visits, "MATCH (v:Visitor) RETURN count(v)").rows());
    }

    @Test
    void otherNamespacesPlugIn() {
        SessionNamespace archive = new SessionNamespace();
        quiver.registerNamespace("archive", archive);
        CypherResult created = quiver.cypher("CATALOG CREATE GRAPH archive.cities { FROM GRAPH places MATCH (c:City)"
                + " CONSTRUCT CLONE c RETURN GRAPH }");
        assertTrue(created.returnsGraph());
        assertEquals(List.of("cities"), archive.names());
        assertEquals(List.of(List.of(2L)), rows("FROM GRAPH archive.cities MATCH (c) RETURN count(c)"));
        quiver.cypher("CATALOG DROP GRAPH archive.cities");
        assertTrue(archive.names().isEmpty());
        assertEquals(List.of("archive", "session"), quiver.namespaces());
    }

    @Test
    void mappedGraphsAreInTheCatalogToo() {
        StructType schema = new StructType().add("id", DataTypes.LongType).add("name", DataTypes.StringType);
        TestSpark.spark().createDataFrame(List.of(RowFactory.create(1L, "Ann"), RowFactory.create(2L, "Bo")), schema)
                .createOrReplaceTempView("composition_people");
        quiver.execute("CREATE PROPERTY GRAPH mapped NODE TABLES (composition_people KEY (id) LABEL Person)");
        assertEquals(List.of(List.of(2L)), rows("FROM GRAPH session.mapped MATCH (p:Person) RETURN count(p)"));
        quiver.execute("DROP PROPERTY GRAPH mapped");
        assertFalse(quiver.graph("mapped").isPresent());
    }

    @Test
    void theReadmeExampleRuns() {
        quiver.store("session.social", quiver.loadGraph(java.nio.file.Path.of("../examples/social")));
        quiver.store("session.cities", quiver.cypher(quiver.emptyGraph(),
                "CREATE (:City {name: 'Lagos'}), (:City {name: 'Uppsala'})").graph());
        quiver.cypher("""
            CATALOG CREATE GRAPH session.hubs {
              FROM GRAPH session.social
              MATCH (p:Person)-[:KNOWS]->(f:Person)
              CONSTRUCT ON session.cities
                CLONE p
                CREATE (p)-[:MEMBER]->(h:Hub {name: p.name + "'s circle"})
                SET h.size = 1
              RETURN GRAPH }""");
        List<List<Object>> members = rows("FROM GRAPH session.hubs MATCH (p)-[:MEMBER]->(h:Hub)"
                + " WHERE h.name = p.name + \"'s circle\" AND h.size = 1 RETURN count(*), count(DISTINCT p)");
        // 22 people of examples/social know someone (the start ids of relationships/KNOWS.csv).
        assertEquals(List.of(List.of(22L, 22L)), members);
        assertEquals(List.of(List.of(2L)), rows("FROM GRAPH session.hubs MATCH (c:City) RETURN count(c)"));
    }
}
