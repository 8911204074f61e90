package org.quiver.planner.logical;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.quiver.planner.expr.RowCount;
import org.quiver.planner.types.CypherType;

/** The input without its first {@code count} rows. */
public record Skip(LogicalOp input, RowCount count) implements LogicalOp {
    public Skip {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(count, "count");
    }

    public List<LogicalOp> children() {
        return List.of(input);
    }

    public LogicalOp withChildren(List<LogicalOp> children) {
        return new Skip(children.get(0), count);
    }

    public Map<String, CypherType> variables() {
        return input.variables();
    }
}
