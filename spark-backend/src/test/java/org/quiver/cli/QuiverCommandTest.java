package org.quiver.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quiver.api.CypherResult;
import org.quiver.parser.ast.Span;
import org.quiver.parser.error.DataError;
import org.quiver.parser.error.SyntaxError;
import org.quiver.planner.types.CypherType;
import org.quiver.testing.TestResults;

class QuiverCommandTest {
    private static final String BAD_QUERY = "MATCH (n) RETRUN n";

    @TempDir
    Path graph;

    private final FakeGraphOpener opener = new FakeGraphOpener();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void answers() {
        opener.answer("RETURN 1 AS one", () -> TestResults.of("SELECT 1L AS one", CypherType.INTEGER))
                .answer("RETURN $name AS name", () -> TestResults.of("SELECT 'Björn' AS name", CypherType.STRING))
                .fail(BAD_QUERY, syntaxError(BAD_QUERY));
    }

    @Test
    void helpAndVersionGoToStdout() {
        assertEquals(0, run("--help"));
        assertTrue(stdout().startsWith("quiver - openCypher queries"));
        out.reset();
        assertEquals(0, run("query", "--help"));
        assertTrue(stdout().startsWith("Usage: quiver query (--graph DIR | --catalog DIR)"));
        out.reset();
        assertEquals(0, run("--version"));
        assertTrue(stdout().startsWith("quiver "), stdout());
        assertEquals("", stderr());
    }

    @Test
    void aUsageMistakeIsOneLineAndExitCode2() {
        assertEquals(2, run("query", "--graph", graph.toString(), "--frmat", "json", "RETURN 1 AS one"));
        assertEquals("quiver: unknown option '--frmat' (see quiver --help)\n", stderr());
        assertEquals("", stdout());
        assertNull(opener.openedDirectory, "no graph is opened for a bad command line");
    }

    @Test
    void aMissingGraphDirectoryIsAUsageError() {
        Path missing = graph.resolve("nope");
        assertEquals(2, run("query", "--graph", missing.toString(), "RETURN 1 AS one"));
        assertEquals("quiver: graph directory not found: " + missing + " (see quiver --help)\n", stderr());
    }

    @Test
    void anUnreadableFileIsAUsageError() {
        Path missing = graph.resolve("nope.cypher");
        assertEquals(2, run("query", "--graph", graph.toString(), "--file", missing.toString()));
        assertEquals("quiver: cannot read " + missing + ": no such file (see quiver --help)\n", stderr());
    }

    @Test
    void aTableWithTheRowCount() {
        assertEquals(0, run("query", "--graph", graph.toString(), "RETURN 1 AS one"));
        String table = stdout();
        assertTrue(table.startsWith("+-----+\n| one |\n+-----+\n| 1   |\n+-----+\n\n1 row ("), table);
        assertTrue(table.endsWith(" ms)\n"), table);
        assertTrue(opener.closed);
    }

    @Test
    void parametersAndOptionsReachTheEngine() {
        assertEquals(0, run("query", "--graph", graph.toString(), "--format", "json", "--delimiter", "|",
                "--param", "name='Björn'", "RETURN $name AS name"));
        assertEquals("{\"columns\":[\"name\"],\"rows\":[[\"Björn\"]]}\n", stdout());
        assertEquals(List.of(Map.of("name", "Björn")), opener.parameters);
        assertEquals('|', opener.openedOptions.delimiter());
        assertEquals(graph, opener.openedDirectory);
    }

    @Test
    void saveStoresTheReturnedGraphInTheFormatAsked() {
        Path target = graph.resolve("stored");
        assertEquals(0, run("query", "--graph", graph.toString(), "--save", target.toString(),
                "--save-format", "PARQUET", "RETURN 1 AS one"));
        assertEquals(List.of(target + " parquet"), opener.saves);
        assertEquals("Stored the graph as version 1 in " + target + " (parquet)\n", stderr());
    }

    @Test
    void saveDefaultsToDeltaAndAFailedStatementSavesNothing() {
        Path target = graph.resolve("stored");
        assertEquals(1, run("query", "--graph", graph.toString(), "--save", target.toString(), BAD_QUERY));
        assertEquals(List.of(), opener.saves);
        assertEquals(0, run("query", "--graph", graph.toString(), "--save=" + target, "RETURN 1 AS one"));
        assertEquals(List.of(target + " delta"), opener.saves);
    }

    @Test
    void aSaveFormatNeedsSaveAndAKnownName() {
        assertEquals(2, run("query", "--graph", graph.toString(), "--save-format", "delta", "RETURN 1 AS one"));
        assertEquals("quiver: --save-format needs --save DIR (see quiver --help)\n", stderr());
        err.reset();
        assertEquals(2, run("query", "--graph", graph.toString(), "--save", "x", "--save-format", "avro",
                "RETURN 1 AS one"));
        assertEquals("quiver: unknown save format 'avro'; expected delta, parquet, orc, csv (see quiver --help)\n",
                stderr());
    }

    @Test
    void aCypherErrorIsItsMessageAndExitCode1() {
        assertEquals(1, run("query", "--graph", graph.toString(), "--format", "json", BAD_QUERY));
        assertEquals("SyntaxError: Invalid input 'RETRUN' at line 1, column 11\n" + BAD_QUERY + "\n          ^\n",
                stderr());
        assertEquals("", stdout());
        assertTrue(opener.closed);
    }

    @Test
    void aDataErrorWhileLoadingExitsWith1() {
        opener.openFailure = new DataError("nodes/Person.csv", 3, "age:int", "`x` is not an int");
        assertEquals(1, run("query", "--graph", graph.toString(), "RETURN 1 AS one"));
        assertEquals("DataError: nodes/Person.csv, row 3, column age:int: `x` is not an int\n", stderr());
    }

    @Test
    void aCypherErrorWrappedBySparkIsStillFound() {
        opener.fail("RETURN 2", new RuntimeException("Job aborted",
                new DataError("nodes/Person.csv", 2, null, "bad row")));
        assertEquals(1, run("query", "--graph", graph.toString(), "RETURN 2"));
        assertEquals("DataError: nodes/Person.csv, row 2: bad row\n", stderr());
    }

    @Test
    void anInternalErrorHasNoStackTraceUnlessVerbose() {
        opener.fail("RETURN 3", new UnsupportedOperationException("not written yet"));
        assertEquals(1, run("query", "--graph", graph.toString(), "RETURN 3"));
        assertEquals("InternalError: java.lang.UnsupportedOperationException: not written yet "
                + "(a bug in Quiver; --verbose shows the stack trace)\n", stderr());
        err.reset();
        assertEquals(1, run("query", "--verbose", "--graph", graph.toString(), "RETURN 3"));
        assertTrue(stderr().contains("\tat "), stderr());
    }

    @Test
    void aJsonScriptPrintsOneLinePerStatementAndGoesOnAfterAnError() throws IOException {
        opener.fail("// the next one fails\n" + BAD_QUERY, syntaxError(BAD_QUERY));
        Path script = Files.writeString(graph.resolve("s.cypher"),
                "RETURN 1 AS one;\n// the next one fails\n" + BAD_QUERY + ";\nRETURN $name AS name;\n");
        assertEquals(1, run("query", "--graph", graph.toString(), "--format", "json", "--param", "name=x",
                "--file", script.toString()));
        String[] lines = stdout().split("\n");
        assertEquals(3, lines.length, stdout());
        assertEquals("{\"columns\":[\"one\"],\"rows\":[[1]]}", lines[0]);
        assertTrue(lines[1].startsWith("{\"error\":{\"type\":\"SyntaxError\",\"message\":\"SyntaxError: Invalid input"),
                lines[1]);
        assertEquals("{\"columns\":[\"name\"],\"rows\":[[\"Björn\"]]}", lines[2]);
        assertEquals("", stderr());
        assertEquals("\n// the next one fails\n" + BAD_QUERY, opener.queries.get(1),
                "a statement keeps its lines in the file, so errors point into the file");
    }

    @Test
    void aTableScriptReportsAFailedStatementOnStderr() throws IOException {
        Path script = Files.writeString(graph.resolve("s.cypher"), "RETURN 1 AS one; " + BAD_QUERY);
        assertEquals(1, run("query", "--graph", graph.toString(), "--file", script.toString()));
        assertTrue(stdout().startsWith("+-----+"), stdout());
        assertTrue(stderr().startsWith(script + ", statement 2:\nSyntaxError: "), stderr());
    }

    @Test
    void aScriptThatRunsCleanlyExitsWith0() throws IOException {
        Path script = Files.writeString(graph.resolve("s.cypher"), "RETURN 1 AS one;\nRETURN 1 AS one;");
        assertEquals(0, run("query", "--graph", graph.toString(), "--format", "csv", "--file", script.toString()));
        assertEquals("one\n1\n\none\n1\n", stdout());
        assertFalse(stderr().contains("Exception"));
    }

    private static SyntaxError syntaxError(String query) {
        return new SyntaxError(null, "Invalid input 'RETRUN'", new Span(1, 11, 10, 16), query, null);
    }

    private int run(String... args) {
        PrintStream stdout = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream stderr = new PrintStream(err, true, StandardCharsets.UTF_8);
        return new QuiverCommand(opener).run(args, stdout, stderr);
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
