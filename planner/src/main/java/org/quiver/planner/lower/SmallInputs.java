package org.quiver.planner.lower;

import java.util.function.Supplier;
import org.quiver.planner.logical.LogicalOp;
import org.quiver.planner.stats.CardinalityEstimator;
import org.quiver.planner.stats.GraphStatistics;

/**
 * Which join inputs the statistics show to be small, so that the join broadcasts them and streams
 * the table it reads: Spark sizes a join's inputs by their files, and without this hashes a whole
 * relationship table to join it with the few rows a selective start found. Only statistics the
 * query has already gathered are read (for its join order); a query never waits for them here.
 */
final class SmallInputs {
    static final SmallInputs NONE = new SmallInputs(() -> GraphStatistics.UNKNOWN);
    /** Estimated rows up to which an input is broadcast; far below any size that strains a driver. */
    static final double SMALL_ROWS = 10_000;

    private final Supplier<GraphStatistics> gathered;
    private CardinalityEstimator estimator;

    SmallInputs(Supplier<GraphStatistics> gathered) {
        this.gathered = gathered;
    }

    boolean small(LogicalOp input) {
        if (estimator == null) {
            GraphStatistics statistics = gathered.get();
            if (!statistics.known()) {
                return false;
            }
            estimator = new CardinalityEstimator(statistics);
        }
        return estimator.rows(input) <= SMALL_ROWS;
    }
}
