package org.quiver.bench.run;

import java.util.List;
import org.quiver.bench.graph.TableLayout;

/**
 * All queries at one network size over one table layout, with the size of the graph and how long it took to make
 * ({@code generateSeconds} is NaN when an earlier run's network was reused) and to load.
 */
public record ScaleResult(int persons, TableLayout layout, long nodes, long relationships, double generateSeconds, double loadSeconds,
        List<QueryOutcome> outcomes) {
    public ScaleResult {
        outcomes = List.copyOf(outcomes);
    }

    /** The geometric mean of the ratios of the queries that ran on both sides with the same rows. */
    public double geometricMeanRatio() {
        double logSum = 0;
        int n = 0;
        for (QueryOutcome outcome : outcomes) {
            if (outcome.status() == Status.OK && !Double.isNaN(outcome.ratio())) {
                logSum += Math.log(outcome.ratio());
                n++;
            }
        }
        return n == 0 ? Double.NaN : Math.exp(logSum / n);
    }
}
