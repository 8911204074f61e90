package org.quiver.tck.run;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.spark.SparkContext;
import org.quiver.api.CypherResult;
import org.quiver.api.PropertyGraph;
import org.quiver.api.QuiverSession;
import org.quiver.api.SideEffects;

/**
 * Quiver's public API as a {@link TckEngine}. Reading rows runs in a Spark job group of its own
 * that is cancelled after {@code timeout}, so one runaway query fails its scenario instead of
 * hanging the whole TCK run.
 */
public final class QuiverEngine implements TckEngine<PropertyGraph> {
    private static final AtomicLong GROUPS = new AtomicLong();
    private static final ScheduledExecutorService CANCELLER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "tck-timeout");
        t.setDaemon(true);
        return t;
    });

    private final QuiverSession session;
    private final Duration timeout;

    public QuiverEngine(QuiverSession session, Duration timeout) {
        this.session = session;
        this.timeout = timeout;
    }

    @Override
    public PropertyGraph emptyGraph() {
        return session.emptyGraph();
    }

    @Override
    public TckEngine<PropertyGraph> withProcedure(String signature, List<Map<String, Object>> rows) {
        return new QuiverEngine(session.withProcedure(signature, rows), timeout);
    }

    @Override
    public Execution<PropertyGraph> execute(PropertyGraph graph, String query, Map<String, Object> parameters) {
        CypherResult result = session.cypher(graph, query, parameters);
        return new Execution<>() {
            @Override
            public List<String> columns() {
                return result.columns();
            }

            @Override
            public List<List<Object>> rows() {
                return withTimeout(result, query);
            }

            @Override
            public PropertyGraph graph() {
                return result.graph();
            }

            @Override
            public SideEffects sideEffects() {
                return result.sideEffects();
            }
        };
    }

    private List<List<Object>> withTimeout(CypherResult result, String query) {
        SparkContext spark = session.spark().sparkContext();
        String group = "tck-" + GROUPS.incrementAndGet();
        AtomicBoolean cancelled = new AtomicBoolean();
        spark.setJobGroup(group, query, true);
        ScheduledFuture<?> cancel = CANCELLER.schedule(() -> {
            cancelled.set(true);
            spark.cancelJobGroup(group);
        }, timeout.toMillis(), TimeUnit.MILLISECONDS);
        try {
            return result.rows();
        } catch (RuntimeException e) {
            if (cancelled.get()) {
                throw new QueryTimedOut("timed out after " + timeout.toSeconds() + " s", e);
            }
            throw e;
        } finally {
            cancel.cancel(false);
            spark.clearJobGroup();
        }
    }
}
