package org.quiver.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.quiver.api.LocalSpark;
import org.quiver.api.QuiverSession;
import org.quiver.bench.generate.NetworkSize;
import org.quiver.bench.generate.SocialNetworkGenerator;
import org.quiver.bench.graph.BenchGraph;
import org.quiver.bench.query.QueryCatalog;
import org.quiver.bench.run.QueryOutcome;
import org.quiver.bench.run.QueryRunner;
import org.quiver.bench.run.Status;

/**
 * The benchmark harness on the smallest network, once, without timing: every query gives the same
 * rows in Quiver and in its baseline. A query Quiver does not support yet is skipped with Quiver's
 * message, so it starts being checked the day the feature lands.
 */
class BenchHarnessTest {
    private static final int PERSONS = 300;
    private static final long SEED = 42;

    @TempDir
    static Path dir;

    private static SparkSession spark;
    private static QueryRunner runner;

    @BeforeAll
    static void generateAndLoad() {
        spark = LocalSpark.create("local[2]");
        spark.conf().set("spark.sql.shuffle.partitions", "2");
        spark.conf().set("spark.sql.adaptive.enabled", "false");
        Path graph = dir.resolve("network");
        SocialNetworkGenerator.generate(graph, new NetworkSize(PERSONS), SEED);
        QuiverSession quiver = QuiverSession.of(spark);
        Map<String, Object> parameters = SocialNetworkGenerator.readParameters(graph);
        runner = new QueryRunner(quiver, BenchGraph.inMemory(quiver, graph), parameters, 120);
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    @TestFactory
    Stream<DynamicTest> quiverAndBaselineGiveTheSameRows() {
        return QueryCatalog.all().stream().map(query -> DynamicTest.dynamicTest(query.name(), () -> {
            QueryOutcome outcome = runner.check(query);
            Assumptions.assumeFalse(outcome.status() == Status.UNSUPPORTED, outcome.detail());
            assertEquals(Status.OK, outcome.status(), outcome.detail());
        }));
    }

    @Test
    void theSameSeedGivesTheSameFilesAndAnotherSeedOthers(@TempDir Path scratch) throws IOException {
        SocialNetworkGenerator.generate(scratch.resolve("a"), new NetworkSize(100), 7);
        SocialNetworkGenerator.generate(scratch.resolve("b"), new NetworkSize(100), 7);
        SocialNetworkGenerator.generate(scratch.resolve("c"), new NetworkSize(100), 8);
        List<Path> files = files(scratch.resolve("a"));
        assertEquals(files, files(scratch.resolve("b")));
        assertTrue(files.size() >= 20, "nodes and relationship files: " + files);
        boolean anyDifferent = false;
        for (Path file : files) {
            byte[] a = Files.readAllBytes(scratch.resolve("a").resolve(file));
            assertArrayEquals(a, Files.readAllBytes(scratch.resolve("b").resolve(file)), file.toString());
            anyDifferent |= !java.util.Arrays.equals(a, Files.readAllBytes(scratch.resolve("c").resolve(file)));
        }
        assertTrue(anyDifferent, "seed 8 wrote the same files as seed 7");
    }

    @Test
    void everyQueryHasAUniqueName() {
        List<String> names = QueryCatalog.all().stream().map(q -> q.name()).toList();
        assertEquals(names.size(), names.stream().distinct().count(), names.toString());
        assertFalse(names.size() < 15, "at least 15 queries: " + names);
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
        }
    }
}
