package org.quiver.planner.update;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A node of a {@code CREATE} pattern: a new node with labels and properties, or ({@code existing})
 * a node bound before, only referenced as a relationship end. Property values are read from the
 * input columns named in {@code propertyColumns}, key by key.
 */
public record NodeToCreate(String variable, boolean existing, Set<String> labels, List<String> keys,
        List<String> propertyColumns) {
    public NodeToCreate {
        Objects.requireNonNull(variable, "variable");
        labels = java.util.Collections.unmodifiableSet(new TreeSet<>(labels));
        keys = List.copyOf(keys);
        propertyColumns = List.copyOf(propertyColumns);
    }
}
