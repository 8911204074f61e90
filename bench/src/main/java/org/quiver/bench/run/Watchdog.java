package org.quiver.bench.run;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.apache.spark.SparkContext;

/**
 * Cancels the Spark jobs of a run that takes longer than a limit, so one runaway plan cannot hold
 * the whole benchmark; the run then fails with {@link TimedOut}.
 */
final class Watchdog implements AutoCloseable {
    private final SparkContext spark;
    private final long limitSeconds;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "bench-watchdog");
        thread.setDaemon(true);
        return thread;
    });
    private long runs;

    Watchdog(SparkContext spark, long limitSeconds) {
        this.spark = spark;
        this.limitSeconds = limitSeconds;
    }

    <T> T guard(Supplier<T> run) {
        String group = "bench-run-" + runs++;
        spark.setJobGroup(group, group, true);
        ScheduledFuture<?> cancel = timer.schedule(() -> spark.cancelJobGroup(group), limitSeconds, TimeUnit.SECONDS);
        try {
            return run.get();
        } catch (RuntimeException e) {
            if (cancel.isDone() && !cancel.isCancelled()) {
                throw new TimedOut(limitSeconds);
            }
            throw e;
        } finally {
            cancel.cancel(false);
            spark.clearJobGroup();
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }

    /** A run cancelled after the limit. */
    static final class TimedOut extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TimedOut(long seconds) {
            super("cancelled after " + seconds + " s");
        }
    }
}
