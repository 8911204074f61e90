package org.quiver.planner.logical;

import java.util.List;
import java.util.Map;
import org.quiver.planner.types.CypherType;

/** One row that binds nothing: where a query without {@code MATCH} starts. */
public record Start() implements LogicalOp {
    public List<LogicalOp> children() {
        return List.of();
    }

    public LogicalOp withChildren(List<LogicalOp> children) {
        return this;
    }

    public Map<String, CypherType> variables() {
        return Map.of();
    }
}
