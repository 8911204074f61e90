package org.quiver.planner.relational;

import java.util.List;
import java.util.Objects;

/** The input without duplicate rows (nulls equal to nulls, as grouping does). */
public record Dedup(RelOp input) implements RelOp {
    public Dedup {
        Objects.requireNonNull(input, "input");
    }

    public List<RelColumn> columns() {
        return input.columns();
    }

    public List<RelOp> children() {
        return List.of(input);
    }
}
