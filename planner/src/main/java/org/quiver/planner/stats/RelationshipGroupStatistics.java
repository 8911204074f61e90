package org.quiver.planner.stats;

import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/**
 * The relationships of {@code type} from nodes with exactly the labels {@code sourceLabels} to nodes
 * with exactly {@code targetLabels}: how many, from how many distinct sources, to how many distinct targets.
 */
public record RelationshipGroupStatistics(
        String type, Set<String> sourceLabels, Set<String> targetLabels, long count, long distinctSources,
        long distinctTargets) {
    public RelationshipGroupStatistics {
        sourceLabels = Collections.unmodifiableSet(new TreeSet<>(sourceLabels));
        targetLabels = Collections.unmodifiableSet(new TreeSet<>(targetLabels));
        if (count < 0 || distinctSources < 0 || distinctTargets < 0) {
            throw new IllegalArgumentException("negative relationship statistics");
        }
    }
}
