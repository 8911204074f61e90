package org.quiver.planner.relational;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An inner equi-join on {@code keys}; without keys, the cross product. Column names of the sides are
 * disjoint. {@code smallLeft}: the statistics show the left side small, so it is the side to broadcast.
 */
public record Join(RelOp left, RelOp right, List<JoinKey> keys, boolean smallLeft) implements RelOp {
    public Join {
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(right, "right");
        keys = List.copyOf(keys);
    }

    public Join(RelOp left, RelOp right, List<JoinKey> keys) {
        this(left, right, keys, false);
    }

    public List<RelColumn> columns() {
        List<RelColumn> columns = new ArrayList<>(left.columns());
        columns.addAll(right.columns());
        return columns;
    }

    public List<RelOp> children() {
        return List.of(left, right);
    }
}
