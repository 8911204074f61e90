package org.quiver.planner.relational;

import java.util.List;
import java.util.Objects;
import org.quiver.planner.expr.RowCount;

/** The first {@code count} rows of the input (in its order). */
public record Fetch(RelOp input, RowCount count) implements RelOp {
    public Fetch {
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
