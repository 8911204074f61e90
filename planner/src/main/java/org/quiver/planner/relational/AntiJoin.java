package org.quiver.planner.relational;

import java.util.List;
import java.util.Objects;

/**
 * The rows of {@code left} that have no row in {@code right} with equal keys; keys compare
 * null-safely (null equals null), since they identify rows, not values to test.
 */
public record AntiJoin(RelOp left, RelOp right, List<JoinKey> keys) implements RelOp {
    public AntiJoin {
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(right, "right");
        keys = List.copyOf(keys);
    }

    public List<RelColumn> columns() {
        return left.columns();
    }

    public List<RelOp> children() {
        return List.of(left, right);
    }
}
