package org.quiver.planner.relational;

import java.util.List;
import java.util.Objects;

/** The first {@code count} rows of the input (in its order). */
public record Fetch(RelOp input, long count) implements RelOp {
    public Fetch {
        Objects.requireNonNull(input, "input");
    }

    public List<RelColumn> columns() {
        return input.columns();
    }

    public List<RelOp> children() {
        return List.of(input);
    }
}
