package org.quiver.shell;

import java.io.PrintWriter;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.apache.spark.SparkStageInfo;
import org.apache.spark.SparkStatusTracker;

/**
 * The line that shows a long query's Spark work: from a second after the start, twice a second,
 * the running stages with their finished and total tasks ({@code [stage 3: 12/40]}), written over
 * itself with a carriage return and wiped when the query ends.
 */
final class QueryProgress implements AutoCloseable {
    private static final long DELAY_MILLIS = 1000;
    private static final long PERIOD_MILLIS = 500;

    private final SparkStatusTracker tracker;
    private final PrintWriter out;
    private final int width;
    private final ScheduledExecutorService timer;
    private final ScheduledFuture<?> task;
    private int shown;
    private boolean closed;

    private QueryProgress(SparkStatusTracker tracker, PrintWriter out, int width) {
        this.tracker = tracker;
        this.out = out;
        this.width = width;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "quiver-shell-progress");
            thread.setDaemon(true);
            return thread;
        });
        this.task = timer.scheduleAtFixedRate(this::show, DELAY_MILLIS, PERIOD_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** Starts watching; {@link #close()} stops and wipes the line. */
    static QueryProgress start(SparkStatusTracker tracker, PrintWriter out, int width) {
        return new QueryProgress(tracker, out, width);
    }

    private synchronized void show() {
        if (closed) {
            return;
        }
        StringBuilder line = new StringBuilder("running");
        for (int id : tracker.getActiveStageIds()) {
            SparkStageInfo stage = tracker.getStageInfo(id).getOrElse(() -> null);
            if (stage != null) {
                line.append(" [stage ").append(id).append(": ").append(stage.numCompletedTasks()).append('/')
                        .append(stage.numTasks()).append(']');
            }
        }
        String text = line.length() > width - 1 ? line.substring(0, Math.max(0, width - 2)) + "…" : line.toString();
        out.print("\r" + text + " ".repeat(Math.max(0, shown - text.length())));
        out.flush();
        shown = text.length();
    }

    @Override
    public synchronized void close() {
        closed = true;
        task.cancel(false);
        timer.shutdownNow();
        if (shown > 0) {
            out.print("\r" + " ".repeat(shown) + "\r");
            out.flush();
            shown = 0;
        }
    }
}
