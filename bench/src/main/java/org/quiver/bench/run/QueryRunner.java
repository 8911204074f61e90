package org.quiver.bench.run;

import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.quiver.api.QuiverSession;
import org.quiver.bench.graph.BenchGraph;
import org.quiver.bench.query.BenchQuery;
import org.quiver.parser.QueryParser;
import org.quiver.parser.error.CypherException;
import org.quiver.planner.PlannerOptions;
import org.quiver.planner.QueryPlanner;

/**
 * Runs one query on both sides: first a check that they give the same rows, then warm-up runs,
 * then timed runs alternating Quiver and baseline. A timed run materializes every row and column
 * (Spark's {@code noop} sink), so neither lazy evaluation nor column pruning of an unused result
 * can make a side look faster than it is.
 */
public final class QueryRunner {
    /** At most this many times the asked-for timed runs are made to reach the minimum seconds. */
    static final int MAX_RUNS_FACTOR = 4;

    private final QuiverSession quiver;
    private final BenchGraph graph;
    private final Map<String, Object> parameters;
    private final Watchdog watchdog;

    public QueryRunner(QuiverSession quiver, BenchGraph graph, Map<String, Object> parameters, long limitSeconds) {
        this.quiver = quiver;
        this.graph = graph;
        this.parameters = Map.copyOf(parameters);
        this.watchdog = new Watchdog(quiver.spark().sparkContext(), limitSeconds);
    }

    /** The check alone: status, the reason when it is not OK, and the baseline's row count. */
    public QueryOutcome check(BenchQuery query) {
        Samples none = new Samples();
        List<List<Object>> expected;
        try {
            expected = watchdog.guard(() -> RowCheck.values(query.baseline().build(graph, parameters).collectAsList()));
        } catch (Watchdog.TimedOut e) {
            return new QueryOutcome(query, Status.TIMEOUT, "baseline " + e.getMessage(), -1, none, new Samples());
        }
        List<List<Object>> actual;
        try {
            actual = watchdog.guard(() -> quiver.cypher(graph.graph(), query.cypher(), parameters).rows());
        } catch (CypherException e) {
            Status status = "UnsupportedFeature".equals(e.errorType()) ? Status.UNSUPPORTED : Status.ERROR;
            String prefix = status == Status.UNSUPPORTED ? "unsupported: " : e.errorType() + ": ";
            return new QueryOutcome(query, status, prefix + e.reason(), expected.size(), none, new Samples());
        } catch (Watchdog.TimedOut e) {
            return new QueryOutcome(query, Status.TIMEOUT, "Quiver " + e.getMessage(), expected.size(), none,
                    new Samples());
        } catch (RuntimeException e) {
            return new QueryOutcome(query, Status.ERROR, "Quiver failed: " + e, expected.size(), none, new Samples());
        }
        return RowCheck.difference(expected, actual)
                .map(d -> new QueryOutcome(query, Status.MISMATCH, d, expected.size(), none, new Samples()))
                .orElseGet(() -> new QueryOutcome(query, Status.OK, "", expected.size(), none, new Samples()));
    }

    /**
     * The check, then {@code warmups} untimed and {@code runs} timed runs of each side that can
     * run, and more timed pairs (up to {@link #MAX_RUNS_FACTOR} times {@code runs}) while a side's
     * timed runs add up to less than {@code minSeconds}: a median of five sub-second runs moves
     * with every pause of a busy machine. After the first timed pair, no new pair starts once
     * {@code budgetSeconds} have passed since the check began (the report shows how many runs each
     * median is of).
     */
    public QueryOutcome measure(BenchQuery query, int warmups, int runs, double minSeconds, long budgetSeconds) {
        long deadline = System.nanoTime() + budgetSeconds * 1_000_000_000L;
        QueryOutcome checked = check(query);
        boolean quiverRuns = checked.status() == Status.OK || checked.status() == Status.MISMATCH;
        boolean baselineRuns = quiverRuns || checked.status() == Status.UNSUPPORTED;
        if (!baselineRuns) {
            return checked;
        }
        Samples quiverTimes = new Samples();
        Samples baselineTimes = new Samples();
        try {
            for (int i = 0; i < warmups + runs || i < warmups + MAX_RUNS_FACTOR * runs
                    && Math.min(quiverRuns ? quiverTimes.totalMs() : Double.MAX_VALUE, baselineTimes.totalMs())
                            < minSeconds * 1000; i++) {
                boolean timed = i >= warmups;
                if (baselineTimes.size() > 0 && System.nanoTime() > deadline) {
                    break;
                }
                if (quiverRuns) {
                    runQuiver(query, timed ? quiverTimes : new Samples());
                }
                runBaseline(query, timed ? baselineTimes : new Samples());
            }
        } catch (Watchdog.TimedOut e) {
            return new QueryOutcome(query, Status.TIMEOUT, "a timed run was " + e.getMessage(), checked.rows(),
                    quiverTimes, baselineTimes);
        }
        return new QueryOutcome(query, checked.status(), checked.detail(), checked.rows(), quiverTimes, baselineTimes);
    }

    private void runQuiver(BenchQuery query, Samples samples) {
        watchdog.guard(() -> {
            long start = System.nanoTime();
            // The graph's statistics are gathered by the first (untimed) run and kept with the graph.
            QueryPlanner.plan(query.cypher(), QueryParser.parse(query.cypher()), graph.graph().schema(), parameters,
                    PlannerOptions.DEFAULTS, name -> {
                        throw new IllegalStateException("the benchmark queries switch no graph");
                    }, graph.graph()::statistics);
            long planned = System.nanoTime();
            Dataset<Row> data = quiver.cypher(graph.graph(), query.cypher(), parameters).toDataFrame();
            long prepared = System.nanoTime();
            materialize(data);
            long done = System.nanoTime();
            samples.add(ms(planned - start), ms(prepared - planned), ms(done - prepared));
            return null;
        });
    }

    private void runBaseline(BenchQuery query, Samples samples) {
        watchdog.guard(() -> {
            long start = System.nanoTime();
            Dataset<Row> data = query.baseline().build(graph, parameters);
            long prepared = System.nanoTime();
            materialize(data);
            long done = System.nanoTime();
            samples.add(0, ms(prepared - start), ms(done - prepared));
            return null;
        });
    }

    /** The physical plans of both sides (Quiver's only when it can plan the query), for the report's notes. */
    public String plans(BenchQuery query) {
        StringBuilder text = new StringBuilder("-- ").append(query.name()).append(": ").append(query.description())
                .append('\n').append(query.cypher()).append("\n\n-- Quiver\n");
        try {
            text.append(quiver.cypher(graph.graph(), query.cypher(), parameters).toDataFrame()
                    .queryExecution().executedPlan().treeString());
        } catch (CypherException e) {
            text.append(e.errorType()).append(": ").append(e.reason()).append('\n');
        }
        text.append("\n-- baseline\n")
                .append(query.baseline().build(graph, parameters).queryExecution().executedPlan().treeString());
        return text.toString();
    }

    private static void materialize(Dataset<Row> data) {
        data.write().format("noop").mode(SaveMode.Overwrite).save();
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
