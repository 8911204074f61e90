package org.quiver.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quiver.api.QuiverSession;
import org.quiver.testing.TestSpark;

/**
 * Answers and generated ids do not depend on how many executors run the work: the statements of
 * {@link ExecutorAnswers} give the same lines on this JVM's {@code local[2]} (one executor, two
 * threads) as on {@code local-cluster[2,1,1024]} (a standalone master and two workers in one child
 * JVM, each worker starting an executor JVM with one core), where shuffles cross processes.
 */
class ExecutorCountTest {
    private static final String CLUSTER = "local-cluster[2,1,1024]";

    @Test
    void answersOnTwoExecutorJvmsAreThoseOfOneLocalExecutor(@TempDir Path dir) throws Exception {
        long start = System.nanoTime();
        List<String> cluster = answersInChildJvm(CLUSTER, dir);
        long clusterMillis = (System.nanoTime() - start) / 1_000_000;
        start = System.nanoTime();
        List<String> local = ExecutorAnswers.answers(QuiverSession.of(TestSpark.spark()));
        System.out.printf("ExecutorCountTest: %d answers; %s in a child JVM %d ms, local[2] %d ms%n",
                local.size(), CLUSTER, clusterMillis, (System.nanoTime() - start) / 1_000_000);
        assertEquals(local.size(), cluster.size());
        for (int i = 0; i < local.size(); i++) {
            assertEquals(local.get(i), cluster.get(i));
        }
    }

    private static List<String> answersInChildJvm(String master, Path dir) throws IOException, InterruptedException {
        Path answers = dir.resolve("answers.txt");
        Path log = dir.resolve("child.log");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(sparkJvmFlags());
        // The driver and executors live for a minute: the quick JIT tier alone halves the run.
        command.add("-Xmx1g");
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-XX:+UseSerialGC");
        command.add("-Dspark.executor.extraJavaOptions=-XX:TieredStopAtLevel=1 -XX:+UseSerialGC");
        // With spark.testing set, the standalone scheduler gives executors the driver's class path (here
        // the Maven test class path) instead of the jars of a Spark distribution.
        command.add("-Dspark.testing=true");
        command.add("-Dspark.test.home=" + sparkHome(dir));
        command.add("-cp");
        command.add(System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")));
        command.add(ExecutorAnswers.class.getName());
        command.add(master);
        command.add(answers.toString());
        Process child = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!child.waitFor(180, TimeUnit.SECONDS)) {
            // Politely first: the child's shutdown hooks stop the workers' executors and delete their directories.
            child.destroy();
            if (!child.waitFor(20, TimeUnit.SECONDS)) {
                child.destroyForcibly();
            }
            throw new AssertionError("the " + master + " run took more than 180 s; its log: " + tail(log));
        }
        assertTrue(child.exitValue() == 0 && Files.exists(answers),
                "the " + master + " run failed with exit code " + child.exitValue() + "; its log: " + tail(log));
        return Files.readAllLines(answers, StandardCharsets.UTF_8);
    }

    /**
     * A stand-in Spark home: workers build executor commands with Spark's launcher, which wants the
     * directories of a Spark source build to exist (it takes the Scala version from one and adds the
     * jars of the other, here none) before it adds the test class path.
     */
    private static String sparkHome(Path dir) throws IOException {
        Path home = dir.resolve("spark-home");
        Files.createDirectories(home.resolve("launcher/target/scala-2.13"));
        Files.createDirectories(home.resolve("assembly/target/scala-2.13/jars"));
        return home.toString();
    }

    /** The module-opening flags this JVM got from the build, which Spark needs on Java 17. */
    private static List<String> sparkJvmFlags() {
        List<String> flags = new ArrayList<>();
        for (String argument : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (argument.startsWith("--add-opens") || argument.startsWith("-XX:+IgnoreUnrecognizedVMOptions")
                    || argument.startsWith("-Djdk.reflect") || argument.startsWith("-Dio.netty")) {
                flags.add(argument);
            }
        }
        return flags;
    }

    private static String tail(Path log) throws IOException {
        if (!Files.exists(log)) {
            return "(none)";
        }
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }
}
