package org.quiver.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quiver.api.QuiverSession;
import org.quiver.parser.error.DataError;
import org.quiver.parser.error.SemanticError;
import org.quiver.store.GraphDirectoryCatalog;
import org.quiver.store.StoreFormat;
import org.quiver.testing.TestSpark;

/**
 * The three steps of composing graphs across sessions: construct a graph from two source graphs,
 * store it in a directory-backed namespace, and query it from a new session that only knows the
 * directory.
 */
class DirectoryCompositionTest {
    private static final String TRIPS = "CATALOG CREATE GRAPH archive.trips { FROM GRAPH session.people"
            + " MATCH (p:Person) WHERE p.name <> 'Cy'"
            + " CONSTRUCT ON session.places CLONE p CREATE (p)-[:TOOK]->(:Trip {by: p.name}) RETURN GRAPH }";
    private static final String ALL_IDS = "FROM GRAPH archive.trips MATCH (n) OPTIONAL MATCH (n)-[r]->(m)"
            + " RETURN id(n), labels(n), n.name, n.by, id(r), type(r), id(m) ORDER BY id(n), id(r)";

    @TempDir
    Path temp;

    @Test
    void aGraphConstructedInOneSessionIsQueriedInTheNext() {
        Path archive = temp.resolve("archive");
        constructAndStore(archive);

        QuiverSession next = sessionOver(archive);
        // Hand-computed: the two cities, Ann and Bo (Cy is filtered out), one trip each.
        assertEquals(List.of(List.of("Ann", "Ann"), List.of("Bo", "Bo")), next.cypher(
                "FROM GRAPH archive.trips MATCH (p:Person)-[:TOOK]->(t:Trip) RETURN p.name, t.by ORDER BY p.name").rows());
        assertEquals(List.of(List.of("City", 2L), List.of("Person", 2L), List.of("Trip", 2L)), next.cypher(
                "FROM GRAPH archive.trips MATCH (n) RETURN head(labels(n)) AS label, count(*) ORDER BY label").rows());
        assertEquals(List.of("trips"), new GraphDirectoryCatalog(TestSpark.spark(), archive, StoreFormat.DELTA).names());
    }

    @Test
    void twoRunsStoreTheSameIds() {
        Path first = temp.resolve("first");
        Path second = temp.resolve("second");
        constructAndStore(first);
        constructAndStore(second);

        List<List<Object>> ids = sessionOver(first).cypher(ALL_IDS).rows();
        assertEquals(ids, sessionOver(second).cypher(ALL_IDS).rows());
        assertEquals(6, ids.size()); // two cities, Ann and Bo, two trips
    }

    @Test
    void storingANameAgainAddsAVersion() {
        Path archive = temp.resolve("archive");
        storeTwoVersions(archive);

        GraphDirectoryCatalog catalog = new GraphDirectoryCatalog(TestSpark.spark(), archive, StoreFormat.DELTA);
        assertEquals(List.of(List.of(2L)), sessionOver(archive).cypher(
                "FROM GRAPH archive.trips MATCH (n) RETURN count(n)").rows());
        assertEquals(List.of(1L, 2L), new org.quiver.store.GraphStore(TestSpark.spark()).versions(archive.resolve("trips")));
        assertEquals(List.of("trips"), catalog.names());
    }

    @Test
    void anEarlierVersionIsReadByNumber() {
        QuiverSession quiver = storeTwoVersions(temp.resolve("archive"));

        String count = "MATCH (n) RETURN count(n)";
        assertEquals(List.of(List.of(6L)), quiver.cypher("FROM GRAPH archive.trips@1 " + count).rows());
        assertEquals(List.of(List.of(2L)), quiver.cypher("FROM GRAPH archive.trips@2 " + count).rows());
        var fromFirst = quiver.cypher("FROM GRAPH archive.trips@1 MATCH (t:Trip) CONSTRUCT CLONE t RETURN GRAPH").graph();
        assertEquals(List.of(List.of(2L)), quiver.cypher(fromFirst, count).rows());

        DataError missing = assertThrows(DataError.class, () -> quiver.cypher("FROM GRAPH archive.trips@7 " + count));
        assertTrue(missing.reason().contains("graph version 7 does not exist (versions: [1, 2])"), missing.reason());
        quiver.store("session.people", quiver.emptyGraph());
        SemanticError unversioned = assertThrows(SemanticError.class,
                () -> quiver.cypher("FROM GRAPH session.people@1 " + count));
        assertEquals("There is no graph `session.people@1`: namespace session keeps no versions (stored graph "
                + "directories, such as a --catalog directory, do)", unversioned.reason());
    }

    /** Version 1: the constructed trips graph; version 2: its trips only. Returns the session that stored them. */
    private static QuiverSession storeTwoVersions(Path archive) {
        constructAndStore(archive);
        QuiverSession quiver = sessionOver(archive);
        quiver.cypher("CATALOG CREATE GRAPH archive.trips { FROM GRAPH archive.trips MATCH (t:Trip)"
                + " CONSTRUCT CLONE t RETURN GRAPH }");
        return quiver;
    }

    /** A fresh session over the shared Spark: its own session namespace, the archive from the directory. */
    private static QuiverSession sessionOver(Path archive) {
        QuiverSession quiver = QuiverSession.of(TestSpark.spark());
        quiver.registerNamespace("archive", new GraphDirectoryCatalog(TestSpark.spark(), archive, StoreFormat.DELTA));
        return quiver;
    }

    private static void constructAndStore(Path archive) {
        QuiverSession quiver = sessionOver(archive);
        quiver.store("session.people", quiver.cypher(quiver.emptyGraph(),
                "CREATE (:Person {name: 'Ann'})-[:KNOWS]->(:Person {name: 'Bo'}), (:Person {name: 'Cy'})").graph());
        quiver.store("session.places", quiver.cypher(quiver.emptyGraph(),
                "CREATE (:City {name: 'Oslo'}), (:City {name: 'Rome'})").graph());
        quiver.cypher(TRIPS);
    }
}
