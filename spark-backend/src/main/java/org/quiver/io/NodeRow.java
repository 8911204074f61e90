package org.quiver.io;

import java.util.Map;
import java.util.Set;

/** One node read from a file: its graph id, labels, and the properties it has (absent ones left out). */
record NodeRow(long id, Set<String> labels, Map<String, Object> properties) {
    NodeRow {
        labels = Set.copyOf(labels);
        properties = Map.copyOf(properties);
    }
}
