package org.quiver.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.quiver.parser.error.Cancelled;
import org.quiver.parser.error.LimitExceeded;
import org.quiver.testing.TestSpark;

/** Timeouts and cancellation stop a query's Spark jobs and leave the session usable. */
class QueryLimitsTest {
    /** Ten billion rows: hours of work on a test machine, far past every limit below. */
    private static final String ENDLESS =
            "UNWIND range(1, 100000) AS x UNWIND range(1, 100000) AS y WITH x, y WHERE (x * y) % 7 = 3 RETURN count(*) AS n";

    @Test
    void aQueryPastItsTimeoutStopsWithLimitExceeded() {
        QuiverSession limited = TestSpark.quiver().withTimeout(Duration.ofSeconds(2));
        long start = System.nanoTime();
        CypherResult result = limited.cypher(limited.emptyGraph(), ENDLESS);
        LimitExceeded error = assertThrows(LimitExceeded.class, result::rows);
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);

        assertEquals("QueryTimedOut", error.detail().orElseThrow());
        assertTrue(error.getMessage().contains("timeout of 2 s"), error.getMessage());
        assertTrue(seconds < 60, "stopped after " + seconds + " s");
        assertEquals(List.of(List.of(1L)), TestSpark.quiver().cypher(limited.emptyGraph(), "RETURN 1 AS one").rows());
    }

    @Test
    void aQueryWithinItsTimeoutRunsNormally() {
        QuiverSession limited = TestSpark.quiver().withTimeout(Duration.ofMinutes(5));
        assertEquals(List.of(List.of(3L)), limited.cypher(limited.emptyGraph(),
                "UNWIND [1, 2, 3] AS x RETURN count(x)").rows());
    }

    @Test
    void cancellingAResultStopsTheThreadReadingIt() throws Exception {
        QuiverSession quiver = TestSpark.quiver();
        CypherResult result = quiver.cypher(quiver.emptyGraph(), ENDLESS);
        CompletableFuture<List<List<Object>>> reading = CompletableFuture.supplyAsync(result::rows);
        Thread.sleep(1500);
        result.cancel();

        ExecutionException error = assertThrows(ExecutionException.class, () -> reading.get(60, TimeUnit.SECONDS));
        assertTrue(error.getCause() instanceof Cancelled, String.valueOf(error.getCause()));
        assertEquals(List.of(List.of(2L)), quiver.cypher(quiver.emptyGraph(), "RETURN 1 + 1 AS two").rows());
    }

    @Test
    void cancelRunningStopsEveryRunningQueryOfTheSession() throws Exception {
        QuiverSession quiver = TestSpark.quiver().withTimeout(Duration.ofMinutes(5));
        CompletableFuture<List<List<Object>>> reading = CompletableFuture.supplyAsync(
                () -> quiver.cypher(quiver.emptyGraph(), ENDLESS).rows());
        Thread.sleep(1500);
        TestSpark.quiver().cancelRunning();

        ExecutionException error = assertThrows(ExecutionException.class, () -> reading.get(60, TimeUnit.SECONDS));
        assertTrue(error.getCause() instanceof Cancelled, String.valueOf(error.getCause()));
    }

    @Test
    void aRangeTooLargeForOneRowFailsInsteadOfRunningOutOfMemory() {
        CypherResult result = TestSpark.quiver().cypher(TestSpark.quiver().emptyGraph(),
                "UNWIND range(1, 1000000000) AS x RETURN count(*)");
        LimitExceeded error = assertThrows(LimitExceeded.class, result::rows);
        assertEquals("ListTooLarge", error.detail().orElseThrow());
    }

    @Test
    void aTimeoutMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> TestSpark.quiver().withTimeout(Duration.ZERO));
    }
}
