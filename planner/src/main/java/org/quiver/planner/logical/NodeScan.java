package org.quiver.planner.logical;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.quiver.planner.types.CypherType;

/** Every node that has all of {@code labels}, bound to {@code variable}. */
public record NodeScan(String variable, Set<String> labels) implements LogicalOp {
    public NodeScan {
        Objects.requireNonNull(variable, "variable");
        labels = java.util.Collections.unmodifiableSet(new TreeSet<>(labels));
    }

    public List<LogicalOp> children() {
        return List.of();
    }

    public LogicalOp withChildren(List<LogicalOp> children) {
        return this;
    }

    public Map<String, CypherType> variables() {
        return Map.of(variable, CypherType.NODE);
    }
}
