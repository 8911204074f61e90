package org.quiver.planner.semantic;

import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.quiver.planner.types.CypherType;

/**
 * What analysis knows of a variable: its type, and for a node the labels it surely has (for a
 * relationship the types it may have; empty = any). {@code named} is false for the variables
 * analysis invents for anonymous pattern elements.
 */
public record VariableInfo(CypherType type, Set<String> labels, boolean named) {
    public VariableInfo {
        Objects.requireNonNull(type, "type");
        labels = java.util.Collections.unmodifiableSet(new TreeSet<>(labels));
    }

    public static VariableInfo value(CypherType type) {
        return new VariableInfo(type, Set.of(), true);
    }
}
