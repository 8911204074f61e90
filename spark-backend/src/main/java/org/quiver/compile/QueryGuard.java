package org.quiver.compile;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.apache.spark.SparkContext;
import org.quiver.parser.DeepStack;
import org.quiver.parser.error.Cancelled;
import org.quiver.parser.error.LimitExceeded;

/**
 * The Spark work of one query, run in one Spark job group so that a timeout or {@link #cancel()}
 * stops every job of the query, including those it has not started yet (the next hop of a
 * variable-length expansion, the collect of the result).
 *
 * <p>The timeout counts the time spent inside {@link #run}: planning and the eager parts when the
 * query is submitted, then reading its rows. Once stopped, a guard stays stopped.
 *
 * <p>Thread-safe: {@link #run} is serialized per guard, and {@link #cancel()} may come from any thread.
 */
public final class QueryGuard {
    private static final AtomicLong QUERIES = new AtomicLong();
    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "quiver-query-timer");
        thread.setDaemon(true);
        return thread;
    });

    private enum Stop { TIMEOUT, CANCEL }

    private final SparkContext spark;
    private final String group = "quiver-query-" + QUERIES.incrementAndGet();
    private final String query;
    private final Optional<Duration> timeout;
    private final Set<QueryGuard> running;
    private long usedNanos;
    private volatile Stop stopped;

    /** {@code running} holds the guards whose work runs now (so that a session can cancel them all). */
    public QueryGuard(SparkContext spark, String query, Optional<Duration> timeout, Set<QueryGuard> running) {
        this.spark = spark;
        this.query = query;
        this.timeout = timeout;
        this.running = running;
    }

    /** Runs {@code work} with its Spark jobs in this query's job group, within what is left of the timeout. */
    public synchronized <T> T run(Supplier<T> work) {
        // Catalyst analyses, optimizes and generates code recursively over the plan and expressions,
        // as deep as the query nests: on a large stack, with an overflow reported as LimitExceeded.
        return DeepStack.call(query, () -> runHere(work));
    }

    /**
     * As {@link #run}, on the calling thread, whose job group is restored afterwards. For work that
     * Spark calls back while it holds a lock that Catalyst's analysis takes (a table function is
     * built under the session catalog's lock): on another thread that analysis would wait forever.
     * A query nested too deeply for the caller's stack fails with a {@link StackOverflowError}.
     */
    public synchronized <T> T runOnCallerThread(Supplier<T> work) {
        String[] jobGroupProperties = {"spark.jobGroup.id", "spark.job.description", "spark.job.interruptOnCancel"};
        String[] saved = new String[jobGroupProperties.length];
        for (int i = 0; i < saved.length; i++) {
            saved[i] = spark.getLocalProperty(jobGroupProperties[i]);
        }
        try {
            return runHere(work);
        } finally {
            for (int i = 0; i < saved.length; i++) {
                spark.setLocalProperty(jobGroupProperties[i], saved[i]);
            }
        }
    }

    private <T> T runHere(Supplier<T> work) {
        throwIfStopped(null);
        long left = timeout.map(t -> t.toNanos() - usedNanos).orElse(Long.MAX_VALUE);
        if (left <= 0) {
            stop(Stop.TIMEOUT);
            throwIfStopped(null);
        }
        // On DeepStack's own thread: the job group set here ends with it, the caller's stays as it was.
        spark.setJobGroup(group, "Quiver query", false);
        ScheduledFuture<?> timer = timeout.isPresent() ? TIMER.schedule(() -> stop(Stop.TIMEOUT), left, TimeUnit.NANOSECONDS) : null;
        long start = System.nanoTime();
        running.add(this);
        try {
            T result = work.get();
            throwIfStopped(null);
            return result;
        } catch (Exception e) {
            // Spark's SparkException is checked, though Scala throws it undeclared.
            throwIfStopped(e);
            throw e;
        } finally {
            running.remove(this);
            usedNanos += System.nanoTime() - start;
            if (timer != null) {
                timer.cancel(false);
            }
        }
    }

    /** Stops the query's running and future Spark jobs; the thread running it gets a {@link Cancelled}. */
    public void cancel() {
        stop(Stop.CANCEL);
    }

    private void stop(Stop reason) {
        if (stopped == null) {
            stopped = reason;
            spark.cancelJobGroupAndFutureJobs(group, reason == Stop.TIMEOUT ? "Quiver query timed out" : "Quiver query cancelled");
        }
    }

    private void throwIfStopped(Exception cause) {
        Stop reason = stopped;
        if (reason == Stop.TIMEOUT) {
            throw new LimitExceeded("QueryTimedOut", "The query ran longer than its timeout of "
                    + describe(timeout.orElseThrow()) + " and was cancelled", null, null, cause);
        } else if (reason == Stop.CANCEL) {
            throw new Cancelled("The query was cancelled", null, cause);
        }
    }

    private static String describe(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }

    /** Shown in the Spark UI and logs next to the query's jobs. */
    @Override
    public String toString() {
        return group;
    }

}
