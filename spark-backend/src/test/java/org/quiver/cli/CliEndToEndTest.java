package org.quiver.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quiver.testing.TestSpark;

/**
 * The command line over the real loader and engine, on a three-node graph. It goes through
 * {@link QuiverCommand} with the shared test Spark rather than {@link Main#run}, which would start
 * (and stop) a Spark of its own.
 */
@Tag("e2e")
class CliEndToEndTest {

    @Test
    void countsTheNodesOfAGraphDirectory(@TempDir Path graph) throws IOException {
        Files.createDirectories(graph.resolve("nodes"));
        Files.writeString(graph.resolve("nodes/Person.csv"), "id:ID,name\n1,Alice\n2,Bob\n");
        Files.writeString(graph.resolve("nodes/City.csv"), "id:ID(City),name\nb,Berlin\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int code = new QuiverCommand(new SparkGraphOpener(TestSpark::quiver)).run(
                new String[] {"query", "--graph", graph.toString(), "--format", "json", "MATCH (n) RETURN count(*) AS c"},
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertEquals("", err.toString(StandardCharsets.UTF_8));
        assertEquals("{\"columns\":[\"c\"],\"rows\":[[3]]}\n", out.toString(StandardCharsets.UTF_8));
        assertEquals(0, code);
    }

    @Test
    void aScriptNamesAConstructedGraphAndQueriesIt(@TempDir Path graph) throws IOException {
        Files.createDirectories(graph.resolve("nodes"));
        Files.writeString(graph.resolve("nodes/Person.csv"), "id:ID,name\n1,Alice\n2,Bob\n");
        Path script = graph.resolve("compose.cypher");
        Files.writeString(script, "CATALOG CREATE GRAPH session.cli_seen { MATCH (p:Person)"
                + " CONSTRUCT CREATE (p)-[:SEEN]->(:Seen {by: p.name}) RETURN GRAPH };\n"
                + "FROM GRAPH session.cli_seen MATCH (p)-[:SEEN]->(s) RETURN p.name, s.by ORDER BY s.by;\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int code = new QuiverCommand(new SparkGraphOpener(TestSpark::quiver)).run(
                new String[] {"query", "--graph", graph.toString(), "--format", "json", "--file", script.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertEquals("", err.toString(StandardCharsets.UTF_8));
        assertEquals("{\"columns\":[\"element\",\"labels\",\"count\"],\"rows\":[[\"node\",[\"Person\"],2],"
                + "[\"node\",[\"Seen\"],2],[\"relationship\",[\"SEEN\"],2]]}\n"
                + "{\"columns\":[\"p.name\",\"s.by\"],\"rows\":[[\"Alice\",\"Alice\"],[\"Bob\",\"Bob\"]]}\n",
                out.toString(StandardCharsets.UTF_8));
        assertEquals(0, code);
    }

    @Test
    void theComposeExampleOfTheReadmeRuns() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int code = new QuiverCommand(new SparkGraphOpener(TestSpark::quiver)).run(
                new String[] {"query", "--graph", "../examples/social", "--format", "json",
                    "--file", "../examples/compose.cypher"},
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertEquals("", err.toString(StandardCharsets.UTF_8));
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
        // 22 people know someone: a circle each; 28 people are at either end of the 40 KNOWS
        // relationships; each owner and each of the 40 friends is IN a circle once.
        assertEquals("{\"columns\":[\"element\",\"labels\",\"count\"],\"rows\":[[\"node\",[\"Circle\"],22],"
                + "[\"node\",[\"Person\"],28],[\"relationship\",[\"IN\"],62]]}", lines[0]);
        assertEquals(2, lines.length);
        assertEquals(22, lines[1].split("\\],\\[").length);
        assertEquals(0, code);
    }

    @Test
    void savesTheUpdatedGraphAndQueriesTheStoredOne(@TempDir Path temp) throws IOException {
        Path graph = Files.createDirectories(temp.resolve("csv").resolve("nodes"));
        Files.writeString(graph.resolve("Person.csv"), "id:ID,name\n1,Alice\n2,Bob\n");
        Path stored = temp.resolve("stored");

        String[] saved = run("--graph", graph.getParent().toString(), "--save", stored.toString(),
                "--save-format", "parquet", "MATCH (p:Person {name: 'Bob'}) SET p.seen = true");
        assertEquals("Stored the graph as version 1 in " + stored + " (parquet)\n", saved[1]);
        String[] read = run("--graph", stored.toString(), "--format", "json", "MATCH (p:Person) WHERE p.seen RETURN p.name");
        assertEquals("{\"columns\":[\"p.name\"],\"rows\":[[\"Bob\"]]}\n", read[0], read[1]);
    }

    @Test
    void aCatalogDirectoryKeepsGraphsBetweenRuns(@TempDir Path temp) throws IOException {
        Path graph = Files.createDirectories(temp.resolve("csv").resolve("nodes"));
        Files.writeString(graph.resolve("Person.csv"), "id:ID,name\n1,Alice\n2,Bob\n");
        Path archive = temp.resolve("archive");

        run("--graph", graph.getParent().toString(), "--catalog", archive.toString(),
                "CATALOG CREATE GRAPH archive.people { MATCH (p:Person) CONSTRUCT CLONE p RETURN GRAPH }");
        String[] read = run("--catalog", "arch=" + archive, "--format", "json",
                "FROM GRAPH arch.people MATCH (p:Person) RETURN p.name ORDER BY p.name");

        assertEquals("{\"columns\":[\"p.name\"],\"rows\":[[\"Alice\"],[\"Bob\"]]}\n", read[0], read[1]);
    }

    @Test
    void aStatementOverItsTimeoutStopsWithAnError(@TempDir Path temp) throws IOException {
        Files.writeString(Files.createDirectories(temp.resolve("nodes")).resolve("Person.csv"), "id:ID\n1\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int code = new QuiverCommand(new SparkGraphOpener(TestSpark::quiver)).run(new String[] {"query", "--graph",
            temp.toString(), "--timeout", "1s",
            "UNWIND range(1, 1000000) AS x UNWIND range(1, 1000000) AS y RETURN count(*)"},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

        assertEquals(1, code);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("QueryTimedOut"), err.toString(StandardCharsets.UTF_8));
    }

    /** Runs {@code quiver query ARGS}, expects exit code 0, and returns stdout and stderr. */
    private static String[] run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String[] command = new String[args.length + 1];
        command[0] = "query";
        System.arraycopy(args, 0, command, 1, args.length);
        int code = new QuiverCommand(new SparkGraphOpener(TestSpark::quiver)).run(command,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        return new String[] {out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8)};
    }

    @Test
    void schemaDescribesTheExampleGraph() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int code = new QuiverCommand(new SparkGraphOpener(TestSpark::quiver)).run(
                new String[] {"schema", "--graph", "../examples/social"},
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertEquals("", err.toString(StandardCharsets.UTF_8));
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("  :Person              30  born: Integer,"), text);
        assertTrue(text.contains("    (:Person)-[:KNOWS]->(:Person)  40"), text);
        assertEquals(0, code);
    }
}
