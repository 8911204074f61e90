package org.quiver.planner.relational;

import java.util.List;
import java.util.Objects;

/** The rows of both inputs, which have the same columns in the same order. */
public record UnionAll(RelOp left, RelOp right) implements RelOp {
    public UnionAll {
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(right, "right");
        if (!left.columns().stream().map(RelColumn::name).toList()
                .equals(right.columns().stream().map(RelColumn::name).toList())) {
            throw new IllegalArgumentException("a union needs the same columns on both sides");
        }
    }

    public List<RelColumn> columns() {
        return left.columns();
    }

    public List<RelOp> children() {
        return List.of(left, right);
    }
}
