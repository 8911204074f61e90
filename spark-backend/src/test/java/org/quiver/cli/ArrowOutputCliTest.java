package org.quiver.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.ArrowFileReader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quiver.testing.TestSpark;

/** {@code quiver query --format arrow --output FILE}, and {@code --output} for the text formats, over the real engine. */
@Tag("e2e")
class ArrowOutputCliTest {
    @TempDir
    Path graph;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void people() throws IOException {
        Files.createDirectories(graph.resolve("nodes"));
        Files.writeString(graph.resolve("nodes/Person.csv"), "id:ID,name,age:int\n1,Alice,33\n2,Bob,\n");
    }

    @Test
    void arrowWritesAnIpcFileArrowsReaderReads() throws IOException {
        Path file = graph.resolve("people.arrow");

        int code = run("query", "--graph", graph.toString(), "--format", "arrow", "--output", file.toString(),
                "MATCH (p:Person) RETURN p.name AS name, p.age AS age ORDER BY name");

        assertEquals("Wrote 2 rows to " + file + " (Arrow IPC file)\n", err.toString(StandardCharsets.UTF_8));
        assertEquals("", out.toString(StandardCharsets.UTF_8));
        assertEquals(0, code);
        assertEquals(List.of("[Alice, 33]", "[Bob, null]"), rows(file));
    }

    @Test
    void aScriptWritesItsLastStatementsRows() throws IOException {
        Path script = graph.resolve("script.cypher");
        Files.writeString(script, "MATCH (p:Person) RETURN p.name;\nUNWIND range(1, 3) AS i RETURN i, i * i AS square;\n");
        Path file = graph.resolve("squares.arrow");

        int code = run("query", "--graph", graph.toString(), "--format=arrow", "--output=" + file, "--file", script.toString());

        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        assertEquals(List.of("[1, 1]", "[2, 4]", "[3, 9]"), rows(file));
    }

    @Test
    void aFailingQueryLeavesNoFile() {
        Path file = graph.resolve("failed.arrow");

        int code = run("query", "--graph", graph.toString(), "--format", "arrow", "--output", file.toString(),
                "UNWIND [1, 0] AS x RETURN 1 / x");

        assertEquals(1, code);
        assertFalse(Files.exists(file));
        assertEquals(List.of(), List.of(graph.toFile().list()).stream().filter(n -> n.contains("failed")).toList());
    }

    @Test
    void outputTakesTextFormatsToo() throws IOException {
        Path file = graph.resolve("people.json");

        int code = run("query", "--graph", graph.toString(), "--format", "json", "--output", file.toString(),
                "MATCH (p:Person) RETURN count(*) AS c");

        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        assertEquals("", out.toString(StandardCharsets.UTF_8));
        assertEquals("{\"columns\":[\"c\"],\"rows\":[[2]]}\n", Files.readString(file));
    }

    @Test
    void anOutputInAMissingDirectoryIsAUsageError() {
        Path file = graph.resolve("nowhere/r.arrow");

        int code = run("query", "--graph", graph.toString(), "--format", "arrow", "--output", file.toString(), "RETURN 1");

        assertEquals(2, code);
        assertEquals("quiver: --output " + file + ": directory " + file.getParent() + " not found (see quiver --help)\n",
                err.toString(StandardCharsets.UTF_8));
    }

    private int run(String... args) {
        return new QuiverCommand(new SparkGraphOpener(TestSpark::quiver)).run(args,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    /** The rows of the file, each as its values' text. */
    private static List<String> rows(Path file) throws IOException {
        List<String> rows = new ArrayList<>();
        try (BufferAllocator allocator = new RootAllocator();
                ArrowFileReader reader = new ArrowFileReader(Files.newByteChannel(file), allocator)) {
            VectorSchemaRoot root = reader.getVectorSchemaRoot();
            while (reader.loadNextBatch()) {
                for (int row = 0; row < root.getRowCount(); row++) {
                    List<Object> values = new ArrayList<>();
                    for (var vector : root.getFieldVectors()) {
                        values.add(vector.getObject(row));
                    }
                    rows.add(values.toString());
                }
            }
        }
        return rows;
    }
}
