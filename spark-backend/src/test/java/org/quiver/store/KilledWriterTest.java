package org.quiver.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;
import org.quiver.api.PropertyGraph;
import org.quiver.testing.TestSpark;

/**
 * A writer killed while it stores a version (a child JVM, killed as soon as its first table files
 * appear) leaves the previous version whole and readable, and no trace of its own in the
 * versions; the next save works.
 */
class KilledWriterTest {
    private static final String COUNTS = "MATCH (n) WITH count(n) AS nodes MATCH ()-[r]->() RETURN nodes, count(r)";

    @TempDir
    Path temp;

    @ParameterizedTest
    @EnumSource(value = StoreFormat.class, names = {"DELTA", "PARQUET"})
    void theVersionBeforeAKilledWriteStaysReadable(StoreFormat format) throws Exception {
        Path directory = temp.resolve("g");
        GraphStore store = new GraphStore(TestSpark.spark());
        PropertyGraph first = TestSpark.quiver().cypher(TestSpark.quiver().emptyGraph(),
                "CREATE (:Big0 {name: 'a', n: 1})-[:LINK0 {name: 'r', n: 1}]->(:Big1 {name: 'b', n: 2})").graph();
        assertEquals(1, store.save(first, directory, format));
        Set<Path> before = files(directory);

        Process writer = childWriter(directory, format, 3_000_000);
        try {
            while (newTableFiles(directory, before).isEmpty() && !writer.waitFor(20, TimeUnit.MILLISECONDS)) {
                // polls until the first table files appear or the writer ends
            }
            assertTrue(writer.isAlive(), "the writer ended before it could be killed: " + output(writer));
            writer.destroyForcibly().waitFor();
        } finally {
            writer.destroyForcibly();
        }

        assertEquals(List.of(1L), store.versions(directory), "the killed write published nothing");
        assertFalse(newTableFiles(directory, before).isEmpty(), "the writer had begun to write tables");
        PropertyGraph loaded = store.load(directory);
        assertEquals(List.of(List.of(2L, 1L)), TestSpark.quiver().cypher(loaded, COUNTS).rows());
        assertEquals(TestSpark.quiver().cypher(first, "MATCH (a)-[r]->(b) RETURN a, r, b").rows(),
                TestSpark.quiver().cypher(loaded, "MATCH (a)-[r]->(b) RETURN a, r, b").rows());

        PropertyGraph second = TestSpark.quiver().cypher(loaded, "MATCH (a:Big0) SET a.n = 10").graph();
        assertEquals(2, store.save(second, directory, format));
        assertEquals(List.of(List.of(10L)),
                TestSpark.quiver().cypher(store.load(directory), "MATCH (a:Big0) RETURN a.n").rows());
    }

    /** A JVM like this one (class path, the flags Spark needs) running {@link LargeGraphWriter}. */
    private Process childWriter(Path directory, StoreFormat format, long rows) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.startsWith("--add-opens") || a.startsWith("-XX:+IgnoreUnrecognizedVMOptions")
                        || a.startsWith("-Djdk.reflect") || a.startsWith("-Dio.netty"))
                .forEach(command::add);
        command.add("-Xmx512m");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(LargeGraphWriter.class.getName());
        command.add(directory.toString());
        command.add(format.id());
        command.add(Long.toString(rows));
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(temp.resolve("writer.log").toFile()).start();
    }

    private String output(Process writer) throws IOException {
        File log = temp.resolve("writer.log").toFile();
        return "exit " + (writer.isAlive() ? "(running)" : writer.exitValue()) + "\n" + Files.readString(log.toPath());
    }

    /** Data files written since {@code before}, Spark's temporary ones included. */
    private static Set<Path> newTableFiles(Path directory, Set<Path> before) throws IOException {
        Set<Path> now = files(directory);
        now.removeAll(before);
        return now.stream().filter(f -> f.getFileName().toString().contains("part-")).collect(Collectors.toSet());
    }

    private static Set<Path> files(Path directory) throws IOException {
        try (Stream<Path> paths = Files.walk(directory)) {
            return paths.filter(Files::isRegularFile).collect(Collectors.toSet());
        } catch (java.io.UncheckedIOException e) {
            // A file Spark renamed while the walk ran; the next poll sees the directory settled.
            return new java.util.HashSet<>();
        }
    }
}
