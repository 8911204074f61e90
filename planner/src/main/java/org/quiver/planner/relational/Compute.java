package org.quiver.planner.relational;

import java.util.List;
import java.util.Objects;
import org.quiver.planner.expr.NamedExpr;

/** Exactly the columns {@code outputs}, each computed from the input row. */
public record Compute(RelOp input, List<NamedExpr> outputs) implements RelOp {
    public Compute {
        Objects.requireNonNull(input, "input");
        outputs = List.copyOf(outputs);
    }

    public List<RelColumn> columns() {
        return outputs.stream().map(o -> new RelColumn(o.name(), o.expr().type())).toList();
    }

    public List<RelOp> children() {
        return List.of(input);
    }
}
