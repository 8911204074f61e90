package org.quiver.planner.relational;

import java.util.List;
import java.util.Objects;
import org.quiver.planner.expr.Expr;

/** The rows for which {@code predicate} is true. */
public record Select(RelOp input, Expr predicate) implements RelOp {
    public Select {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(predicate, "predicate");
    }

    public List<RelColumn> columns() {
        return input.columns();
    }

    public List<RelOp> children() {
        return List.of(input);
    }
}
