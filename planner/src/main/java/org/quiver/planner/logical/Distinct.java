package org.quiver.planner.logical;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.quiver.planner.types.CypherType;

/** The input without duplicate rows. */
public record Distinct(LogicalOp input) implements LogicalOp {
    public Distinct {
        Objects.requireNonNull(input, "input");
    }

    public List<LogicalOp> children() {
        return List.of(input);
    }

    public LogicalOp withChildren(List<LogicalOp> children) {
        return new Distinct(children.get(0));
    }

    public Map<String, CypherType> variables() {
        return input.variables();
    }
}
