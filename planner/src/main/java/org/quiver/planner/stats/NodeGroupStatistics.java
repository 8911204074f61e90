package org.quiver.planner.stats;

import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** The nodes that have exactly the labels {@code labels}: how many, and their properties. */
public record NodeGroupStatistics(Set<String> labels, long count, Map<String, PropertyStatistics> properties) {
    public NodeGroupStatistics {
        labels = Collections.unmodifiableSet(new TreeSet<>(labels));
        properties = Collections.unmodifiableMap(new TreeMap<>(properties));
        if (count < 0) {
            throw new IllegalArgumentException("negative node count");
        }
    }
}
