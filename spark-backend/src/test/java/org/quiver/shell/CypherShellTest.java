package org.quiver.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quiver.testing.TestSpark;

/** The shell driven through JLine, on a dumb terminal over piped streams, with the test Spark. */
@Tag("e2e")
class CypherShellTest {

    @Test
    void aStatementOverSeveralLinesRunsAtItsSemicolon(@TempDir Path dir) throws IOException {
        String output = session(dir, "UNWIND [1, 2, 3] AS x\nWITH x WHERE x > 1\nRETURN x AS n;\n:quit\n");
        assertTrue(output.contains("| n |"), output);
        assertTrue(output.contains("| 2 |") && output.contains("| 3 |"), output);
        assertTrue(output.contains("2 rows\n"), output);
    }

    @Test
    void parametersAreBoundUntilCleared(@TempDir Path dir) throws IOException {
        String output = session(dir, ":param who => 'Ann'\n:params\nRETURN $who AS who;\n:param clear\n"
                + "RETURN $who AS who;\n");
        assertTrue(output.contains("$who => \"Ann\""), output);
        assertTrue(output.contains("| \"Ann\" |"), output);
        assertTrue(output.contains("ParameterMissing"), output);
    }

    @Test
    void anErrorIsReportedAndTheShellGoesOn(@TempDir Path dir) throws IOException {
        String output = session(dir, "RETURN nope;\nRETURN 40 + 2 AS answer;\n");
        assertTrue(output.contains("(UndefinedVariable): Variable `nope` not defined"), output);
        assertTrue(output.contains("| 42     |"), output);
    }

    @Test
    void laterStatementsSeeWhatAnUpdateMade(@TempDir Path dir) throws IOException {
        String output = session(dir, "CREATE (:Person {name: 'Ann'})-[:KNOWS]->(:Person {name: 'Bo'});\n"
                + "MATCH (p:Person) RETURN count(p) AS people;\n:schema\n");
        assertTrue(output.contains("Created 2 nodes, created 1 relationship, set 2 properties"), output);
        assertTrue(output.contains("| 2      |"), output);
        assertTrue(output.contains("  :Person") && output.contains("name: String"), output);
        assertTrue(output.contains("(:Person)-[:KNOWS]->(:Person)  1"), output);
    }

    @Test
    void commandsListGraphsExplainAndTime(@TempDir Path dir) throws IOException {
        String output = session(dir, ":graphs\n:explain RETURN 1 AS one\n:timing\nRETURN 1 AS one;\n:nope\n");
        assertTrue(output.contains("session: "), output);
        assertTrue(output.contains("Logical plan"), output);
        assertTrue(output.contains("timing on"), output);
        assertTrue(output.matches("(?s).*1 row \\(\\d+ ms\\).*"), output);
        assertTrue(output.contains("unknown command :nope"), output);
    }

    @Test
    void aGraphStoredInTheCatalogStaysForLaterStatements(@TempDir Path dir) throws IOException {
        String output = session(dir, "CATALOG CREATE GRAPH session.shell_pair { CONSTRUCT CREATE (:A)-[:R]->(:B)"
                + " RETURN GRAPH };\n:graphs\nFROM GRAPH session.shell_pair MATCH (a)-[:R]->(b)\n"
                + "RETURN labels(b) AS b;\n");
        assertTrue(output.contains("shell_pair"), output);
        assertTrue(output.contains("| [\"B\"] |"), output);
    }

    @Test
    void theLinesTypedAreKeptInTheHistoryFile(@TempDir Path dir) throws IOException {
        session(dir, "RETURN 1\n AS one;\n:help\n");
        String history = Files.readString(dir.resolve("history"));
        assertTrue(history.contains("RETURN 1"), history);
        assertTrue(history.contains(":help"), history);
    }

    /** Runs the shell on an empty graph over {@code input} until its end; returns what it printed. */
    private static String session(Path dir, String input) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // DumbTerminal itself: TerminalBuilder.streams(...) puts a pty between, which loses piped input at its end.
        try (Terminal terminal = new DumbTerminal("test", Terminal.TYPE_DUMB,
                new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), out, StandardCharsets.UTF_8)) {
            new CypherShell(terminal, TestSpark.quiver(), TestSpark.quiver().emptyGraph(), dir.resolve("history"),
                    false).run();
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
