package org.quiver.planner.relational;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An inner join on {@code keys} with null equal to null (without keys, the cross product): the
 * rows a subquery computed for the values of an outer row, joined back to that row. Column names
 * of the sides are disjoint.
 */
public record NullSafeJoin(RelOp left, RelOp right, List<JoinKey> keys) implements RelOp {
    public NullSafeJoin {
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(right, "right");
        keys = List.copyOf(keys);
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
