package org.quiver.planner.joinorder;

import java.util.List;
import org.quiver.planner.logical.LogicalOp;
import java.util.function.Supplier;
import org.quiver.planner.stats.CardinalityEstimator;
import org.quiver.planner.stats.GraphStatistics;

/**
 * Re-plans every block of pattern operators (scans, expands, products, filters) in a plan in the
 * order {@link JoinOrderSearch} finds cheapest; operators of other kinds stay where they are, and
 * the blocks inside them (subquery plans, the inputs of variable-length expands) are re-planned too.
 *
 * <pre>{@code
 * LogicalOp ordered = new PatternJoinOrder(() -> new CardinalityEstimator(statistics)).reorder(plan);
 * }</pre>
 */
public final class PatternJoinOrder {
    private final Supplier<CardinalityEstimator> estimators;
    private CardinalityEstimator estimator;

    /** {@code estimators} is asked once, and only when some pattern leaves a choice of order. */
    public PatternJoinOrder(Supplier<CardinalityEstimator> estimators) {
        this.estimators = estimators;
    }

    public LogicalOp reorder(LogicalOp op) {
        if (!PatternBlocks.isPatternOperator(op)) {
            List<LogicalOp> children = op.children().stream().map(this::reorder).toList();
            return children.equals(op.children()) ? op : op.withChildren(children);
        }
        PatternGraph graph = PatternBlocks.takeApart(op);
        List<LogicalOp> inputs = graph.inputs().stream().map(this::reorder).toList();
        PatternGraph withInputs = new PatternGraph(graph.nodes(), graph.relationships(), graph.predicates(), inputs);
        boolean choice = withInputs.nodes().size() - boundByInputs(withInputs) >= 2
                || withInputs.relationships().size() >= 2;
        CardinalityEstimator used = choice ? estimator() : new CardinalityEstimator(GraphStatistics.UNKNOWN);
        return new JoinOrderSearch(withInputs, used).plan();
    }

    private CardinalityEstimator estimator() {
        if (estimator == null) {
            estimator = estimators.get();
        }
        return estimator;
    }

    private static long boundByInputs(PatternGraph graph) {
        return graph.nodes().keySet().stream()
                .filter(n -> graph.inputs().stream().anyMatch(i -> i.variables().containsKey(n))).count();
    }
}
