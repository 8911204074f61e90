package org.quiver.planner.relational;

import java.util.List;
import java.util.Objects;
import org.quiver.planner.expr.SortKey;

/** The input sorted by {@code keys} (expressions over its columns). */
public record OrderBy(RelOp input, List<SortKey> keys) implements RelOp {
    public OrderBy {
        Objects.requireNonNull(input, "input");
        keys = List.copyOf(keys);
    }

    public List<RelColumn> columns() {
        return input.columns();
    }

    public List<RelOp> children() {
        return List.of(input);
    }
}
