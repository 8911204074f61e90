package org.quiver.planner.relational;

import java.util.List;
import java.util.Objects;
import org.quiver.planner.expr.RowCount;

/** The input without its first {@code count} rows (in its order). */
public record Offset(RelOp input, RowCount count) implements RelOp {
    public Offset {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(count, "count");
    }

    public List<RelColumn> columns() {
        return input.columns();
    }

    public List<RelOp> children() {
        return List.of(input);
    }
}
