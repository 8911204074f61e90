package org.quiver.planner.relational;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A left outer equi-join on {@code keys}: every left row, with each matching right row or, when
 * none matches, nulls in the right columns. Column names of the sides are disjoint.
 */
public record LeftOuterJoin(RelOp left, RelOp right, List<JoinKey> keys) implements RelOp {
    public LeftOuterJoin {
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(right, "right");
        keys = List.copyOf(keys);
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("a left outer join needs keys");
        }
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
