package org.quiver.planner.logical;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.quiver.planner.types.CypherType;

/**
 * Rows handed over from an earlier part of the statement (after its updates ran): nodes and
 * relationships by id, other variables by value.
 */
public record Argument(Map<String, CypherType> variables) implements LogicalOp {
    public Argument {
        variables = Collections.unmodifiableMap(new LinkedHashMap<>(variables));
    }

    public List<LogicalOp> children() {
        return List.of();
    }

    public LogicalOp withChildren(List<LogicalOp> children) {
        return this;
    }
}
