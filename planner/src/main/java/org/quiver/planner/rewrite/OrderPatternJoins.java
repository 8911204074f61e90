package org.quiver.planner.rewrite;

import java.util.Optional;
import java.util.function.Supplier;
import org.quiver.planner.joinorder.PatternJoinOrder;
import org.quiver.planner.logical.LogicalOp;
import org.quiver.planner.stats.CardinalityEstimator;
import org.quiver.planner.stats.GraphStatistics;

/**
 * Orders the scans and expands of each pattern by estimated cost, so a query starts from its most
 * selective node whatever order it was written in. Statistics are asked for only when a pattern
 * leaves a choice, so that single-node queries never pay for gathering them.
 */
public final class OrderPatternJoins implements WholePlanRule {
    private final Supplier<GraphStatistics> statistics;

    public OrderPatternJoins(Supplier<GraphStatistics> statistics) {
        this.statistics = statistics;
    }

    @Override
    public Optional<LogicalOp> apply(LogicalOp root) {
        LogicalOp ordered = new PatternJoinOrder(() -> new CardinalityEstimator(statistics.get())).reorder(root);
        return ordered.equals(root) ? Optional.empty() : Optional.of(ordered);
    }
}
