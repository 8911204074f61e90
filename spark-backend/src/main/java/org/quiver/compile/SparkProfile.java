package org.quiver.compile;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.execution.SparkPlan;
import org.apache.spark.sql.execution.adaptive.AdaptiveSparkPlanExec;
import org.apache.spark.sql.execution.adaptive.QueryStageExec;
import org.apache.spark.sql.execution.metric.SQLMetric;
import scala.jdk.javaapi.CollectionConverters;

/**
 * The Spark physical plan a query ran with, each operator with the rows it produced and the time it
 * took as Spark's own metrics counted them (an operator Spark keeps no metric for shows none).
 */
public final class SparkProfile {
    private SparkProfile() {
    }

    /** {@code data} must have run (its rows collected) for the metrics to hold counts. */
    public static String render(Dataset<Row> data) {
        StringBuilder out = new StringBuilder();
        render(data.queryExecution().executedPlan(), "", "", out);
        return out.toString();
    }

    private static void render(SparkPlan plan, String firstPrefix, String restPrefix, StringBuilder out) {
        if (plan instanceof AdaptiveSparkPlanExec adaptive) {
            render(adaptive.executedPlan(), firstPrefix, restPrefix, out);
            return;
        }
        if (plan instanceof QueryStageExec stage) {
            render(stage.plan(), firstPrefix, restPrefix, out);
            return;
        }
        out.append(firstPrefix).append(plan.nodeName()).append(metrics(plan)).append('\n');
        List<SparkPlan> children = CollectionConverters.asJava(plan.children());
        for (int i = 0; i < children.size(); i++) {
            boolean last = i == children.size() - 1;
            render(children.get(i), restPrefix + (last ? "└─ " : "├─ "), restPrefix + (last ? "   " : "│  "), out);
        }
    }

    private static String metrics(SparkPlan plan) {
        Map<String, SQLMetric> metrics = CollectionConverters.asJava(plan.metrics());
        StringBuilder out = new StringBuilder();
        SQLMetric rows = metrics.get("numOutputRows");
        if (rows != null) {
            out.append("  rows=").append(rows.value());
        }
        for (Map.Entry<String, SQLMetric> m : metrics.entrySet()) {
            if (m.getValue().metricType().equals("timing") && m.getValue().value() > 0) {
                out.append("  ").append(m.getValue().name().isDefined() ? m.getValue().name().get() : m.getKey())
                        .append('=').append(m.getValue().value()).append(" ms");
            } else if (m.getValue().metricType().equals("nsTiming") && m.getValue().value() > 0) {
                out.append("  ").append(m.getValue().name().isDefined() ? m.getValue().name().get() : m.getKey())
                        .append('=').append(String.format(Locale.ROOT, "%.1f ms", m.getValue().value() / 1e6));
            }
        }
        return out.toString();
    }
}
