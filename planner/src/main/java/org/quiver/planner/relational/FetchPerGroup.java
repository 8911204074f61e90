package org.quiver.planner.relational;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.quiver.planner.expr.RowCount;
import org.quiver.planner.expr.SortKey;

/**
 * Of the rows with equal values in {@code groupColumns} (null equal to null), those from
 * {@code skip} (0 when absent) up to {@code skip + limit} in the order of {@code order} (any order when empty).
 */
public record FetchPerGroup(RelOp input, List<String> groupColumns, List<SortKey> order,
        Optional<RowCount> skip, Optional<RowCount> limit) implements RelOp {
    public FetchPerGroup {
        Objects.requireNonNull(input, "input");
        groupColumns = List.copyOf(groupColumns);
        order = List.copyOf(order);
        Objects.requireNonNull(skip, "skip");
        Objects.requireNonNull(limit, "limit");
    }

    public List<RelColumn> columns() {
        return input.columns();
    }

    public List<RelOp> children() {
        return List.of(input);
    }
}
