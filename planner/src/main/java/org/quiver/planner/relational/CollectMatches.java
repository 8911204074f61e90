package org.quiver.planner.relational;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.quiver.planner.types.CypherType;

/**
 * Every row of {@code left} with the list {@code right} collected for it: rows match when all
 * {@code keys} are equal, null equal to null; a row without a match gets an empty list.
 */
public record CollectMatches(RelOp left, RelOp right, List<JoinKey> keys, String listColumn, CypherType listType)
        implements RelOp {
    public CollectMatches {
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(right, "right");
        keys = List.copyOf(keys);
        Objects.requireNonNull(listColumn, "listColumn");
        Objects.requireNonNull(listType, "listType");
    }

    public List<RelColumn> columns() {
        List<RelColumn> columns = new ArrayList<>(left.columns());
        columns.add(new RelColumn(listColumn, listType));
        return columns;
    }

    public List<RelOp> children() {
        return List.of(left, right);
    }
}
