package org.quiver.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.quiver.api.QuiverSession;
import org.quiver.reliability.ConcurrentStatements.Run;
import org.quiver.reliability.ConcurrentStatements.Statement;
import org.quiver.testing.TestSpark;

/**
 * One session, eight threads running reads, updates, graph construction and catalog statements
 * for a fixed time: every answer equals the one the same statement gave when run alone.
 */
class ConcurrentSessionTest {
    private static final int THREADS = 8;

    private static QuiverSession quiver;
    private static List<List<List<Object>>> sequential;

    @BeforeAll
    static void runEachStatementAlone() {
        quiver = TestSpark.quiver();
        ConcurrentStatements.storeBaseGraph(quiver);
        sequential = new ArrayList<>();
        for (Statement statement : ConcurrentStatements.all()) {
            sequential.add(statement.answer().apply(new Run(quiver, "sequential")));
        }
    }

    @Test
    void eightThreadsForFifteenSeconds() throws Exception {
        runConcurrently(Duration.ofSeconds(15));
    }

    /** ./mvnw -B -o -pl spark-backend -am verify -Pconcurrency-long -Dsurefire.failIfNoSpecifiedTests=false */
    @Test
    @Tag("concurrency-long")
    void eightThreadsForAMinute() throws Exception {
        runConcurrently(Duration.ofMinutes(1));
    }

    private static void runConcurrently(Duration duration) throws Exception {
        List<Statement> statements = ConcurrentStatements.all();
        long deadline = System.nanoTime() + duration.toNanos();
        AtomicLong runs = new AtomicLong();
        List<String> mismatches = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> threads = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                threads.add(pool.submit(() -> {
                    // Each thread starts at another statement, so that different statements overlap.
                    for (int i = thread; System.nanoTime() < deadline; i++) {
                        int which = i % statements.size();
                        Statement statement = statements.get(which);
                        List<List<Object>> answer = statement.answer().apply(new Run(quiver, "t" + thread + "_" + i));
                        runs.incrementAndGet();
                        if (!answer.equals(sequential.get(which))) {
                            mismatches.add(statement.name() + " on thread " + thread + ": " + answer
                                    + " instead of " + sequential.get(which));
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> thread : threads) {
                thread.get();
            }
        } finally {
            pool.shutdownNow();
        }
        System.out.println("concurrency: " + THREADS + " threads ran " + runs.get() + " statements in " + duration);
        assertEquals(List.of(), mismatches);
        assertTrue(runs.get() >= THREADS, "every thread ran at least one statement: " + runs.get());
    }
}
