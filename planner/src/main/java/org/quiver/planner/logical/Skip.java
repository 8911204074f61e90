package org.quiver.planner.logical;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.quiver.planner.types.CypherType;

/** The input without its first {@code count} rows. */
public record Skip(LogicalOp input, long count) implements LogicalOp {
    public Skip {
        Objects.requireNonNull(input, "input");
        if (count < 0) {
            throw new IllegalArgumentException("negative count");
        }
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
