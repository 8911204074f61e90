package org.quiver.planner.lower;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.quiver.planner.logical.ExpandDirection;
import org.quiver.planner.stats.GraphStatistics;

/**
 * Labels a node must have because of the relationships it is an end of, read from the graph's
 * statistics (gathered once per graph version; a graph never changes). When every {@code KNOWS}
 * relationship starts and ends at a {@code Person}, {@code (a:Person)-[:KNOWS]->(b:Person)} needs
 * no join with the Person table for a node whose id is all the query reads. The statistics are
 * asked for only when such a node is met.
 */
final class ImpliedLabels {
    static final ImpliedLabels NONE = new ImpliedLabels(() -> GraphStatistics.UNKNOWN);

    private final Supplier<GraphStatistics> statistics;

    ImpliedLabels(Supplier<GraphStatistics> statistics) {
        this.statistics = statistics;
    }

    /** Whether every node at the near end of the relationships an expand follows has {@code labels}. */
    boolean atNear(Set<String> labels, List<String> types, ExpandDirection direction) {
        return implied(labels, types, direction, false);
    }

    /** Whether every node at the far end of the relationships an expand follows has {@code labels}. */
    boolean atFar(Set<String> labels, List<String> types, ExpandDirection direction) {
        return implied(labels, types, direction, true);
    }

    private boolean implied(Set<String> labels, List<String> types, ExpandDirection direction, boolean far) {
        if (labels.isEmpty()) {
            return true;
        }
        GraphStatistics known = statistics.get();
        if (!known.known()) {
            return false;
        }
        Set<String> atEnd = switch (direction) {
            case OUTGOING -> known.labelsAtEveryEnd(types, !far);
            case INCOMING -> known.labelsAtEveryEnd(types, far);
            case BOTH -> {
                Set<String> both = new TreeSet<>(known.labelsAtEveryEnd(types, true));
                both.retainAll(known.labelsAtEveryEnd(types, false));
                yield both;
            }
        };
        return atEnd.containsAll(labels);
    }
}
