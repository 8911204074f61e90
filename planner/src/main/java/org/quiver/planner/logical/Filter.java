package org.quiver.planner.logical;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.quiver.planner.expr.Expr;
import org.quiver.planner.types.CypherType;

/** The rows for which {@code predicate} is true (not false, not null). */
public record Filter(LogicalOp input, Expr predicate) implements LogicalOp {
    public Filter {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(predicate, "predicate");
    }

    public List<LogicalOp> children() {
        return List.of(input);
    }

    public LogicalOp withChildren(List<LogicalOp> children) {
        return new Filter(children.get(0), predicate);
    }

    public Map<String, CypherType> variables() {
        return input.variables();
    }
}
