package org.quiver.planner.logical;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.quiver.planner.expr.RowCount;
import org.quiver.planner.expr.SortKey;
import org.quiver.planner.types.CypherType;

/**
 * {@code ORDER BY … SKIP … LIMIT …} inside a {@code CALL { … }} subquery, which runs per outer
 * row: of the rows with equal values of the variables {@code keys}, those from {@code skip} (0 when absent) up to
 * {@code skip + limit} in the order of {@code order} (any order when it is empty).
 */
public record LimitPerKey(LogicalOp input, List<String> keys, List<SortKey> order, Optional<RowCount> skip,
        Optional<RowCount> limit)
        implements LogicalOp {
    public LimitPerKey {
        Objects.requireNonNull(input, "input");
        keys = List.copyOf(keys);
        order = List.copyOf(order);
        Objects.requireNonNull(skip, "skip");
        Objects.requireNonNull(limit, "limit");
    }

    public List<LogicalOp> children() {
        return List.of(input);
    }

    public LogicalOp withChildren(List<LogicalOp> children) {
        return new LimitPerKey(children.get(0), keys, order, skip, limit);
    }

    public Map<String, CypherType> variables() {
        return input.variables();
    }
}
