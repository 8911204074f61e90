package org.quiver.planner.lower;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.quiver.planner.logical.LogicalOp;
import org.quiver.planner.stats.CardinalityEstimator;
import org.quiver.planner.stats.GraphStatistics;

/**
 * Which join inputs the statistics show to be small next to a large table, so that the join
 * broadcasts them and streams the table: Spark sizes a join's inputs by their files, and without
 * this hashes a whole large relationship table to join it with the few rows a selective start
 * found. A small table is left to Spark, which broadcasts it: marking every small input of a chain
 * would make each broadcast wait for the one below it, a Spark job each. Only statistics the query
 * has already gathered are read (for its join order); a query never waits for them here.
 */
final class SmallInputs {
    static final SmallInputs NONE = new SmallInputs(() -> GraphStatistics.UNKNOWN);
    /** Estimated rows up to which an input is broadcast; far below any size that strains a driver. */
    static final double SMALL_ROWS = 10_000;
    /** Table rows from which hashing the table costs more than a broadcast job of the other side. */
    static final long LARGE_TABLE_ROWS = 200_000;

    private final Supplier<GraphStatistics> gathered;
    private GraphStatistics statistics;
    private CardinalityEstimator estimator;

    SmallInputs(Supplier<GraphStatistics> gathered) {
        this.gathered = gathered;
    }

    /** Whether {@code input} is small and the relationships of {@code types} (all when empty) many. */
    boolean smallBesideRelationships(LogicalOp input, List<String> types) {
        return known() && statistics.relationships(types, Set.of(), Set.of()) >= LARGE_TABLE_ROWS && small(input);
    }

    /** Whether {@code input} is small and the nodes with {@code labels} many. */
    boolean smallBesideNodes(LogicalOp input, Set<String> labels) {
        return known() && statistics.nodes(labels) >= LARGE_TABLE_ROWS && small(input);
    }

    private boolean small(LogicalOp input) {
        return known() && estimator.rows(input) <= SMALL_ROWS;
    }

    private boolean known() {
        if (statistics == null) {
            statistics = gathered.get();
            estimator = new CardinalityEstimator(statistics);
        }
        return statistics.known();
    }
}
