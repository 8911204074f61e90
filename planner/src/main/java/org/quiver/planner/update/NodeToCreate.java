package org.quiver.planner.update;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A new node of a {@code CREATE} pattern, with labels and properties; property values are read
 * from the input columns named in {@code propertyColumns}, key by key. (A node bound before and only
 * referenced as a relationship end is not one of these: the action finds its id in the row.)
 */
public record NodeToCreate(String variable, Set<String> labels, List<String> keys,
        List<String> propertyColumns) {
    public NodeToCreate {
        Objects.requireNonNull(variable, "variable");
        labels = java.util.Collections.unmodifiableSet(new TreeSet<>(labels));
        keys = List.copyOf(keys);
        propertyColumns = List.copyOf(propertyColumns);
    }
}
