package org.quiver.planner.relational;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A join on {@code keys} with null equal to null (without keys, the cross product): the rows a
 * subquery or an optional pattern computed for the values of an outer row, joined back to that
 * row. With {@code keepUnmatchedLeft} a left outer join: a left row without a match is kept once,
 * with nulls in the right columns. Column names of the sides are disjoint.
 */
public record NullSafeJoin(RelOp left, RelOp right, List<JoinKey> keys, boolean keepUnmatchedLeft) implements RelOp {
    public NullSafeJoin {
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(right, "right");
        keys = List.copyOf(keys);
        if (keepUnmatchedLeft && keys.isEmpty()) {
            throw new IllegalArgumentException("a left outer join needs keys");
        }
    }

    /** An inner join. */
    public NullSafeJoin(RelOp left, RelOp right, List<JoinKey> keys) {
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
