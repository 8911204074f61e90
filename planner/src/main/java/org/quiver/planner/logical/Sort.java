package org.quiver.planner.logical;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.quiver.planner.expr.SortKey;
import org.quiver.planner.types.CypherType;

/** The input ordered by {@code keys}. */
public record Sort(LogicalOp input, List<SortKey> keys) implements LogicalOp {
    public Sort {
        Objects.requireNonNull(input, "input");
        keys = List.copyOf(keys);
    }

    public List<LogicalOp> children() {
        return List.of(input);
    }

    public LogicalOp withChildren(List<LogicalOp> children) {
        return new Sort(children.get(0), keys);
    }

    public Map<String, CypherType> variables() {
        return input.variables();
    }
}
