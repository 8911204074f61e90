package org.quiver.planner.relational;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.quiver.planner.expr.NamedExpr;

/** One row per distinct {@code keys}, with the {@code aggregates} of its group; no keys: one row. */
public record GroupBy(RelOp input, List<NamedExpr> keys, List<NamedExpr> aggregates) implements RelOp {
    public GroupBy {
        Objects.requireNonNull(input, "input");
        keys = List.copyOf(keys);
        aggregates = List.copyOf(aggregates);
    }

    public List<RelColumn> columns() {
        List<RelColumn> columns = new ArrayList<>();
        keys.forEach(k -> columns.add(new RelColumn(k.name(), k.expr().type())));
        aggregates.forEach(a -> columns.add(new RelColumn(a.name(), a.expr().type())));
        return columns;
    }

    public List<RelOp> children() {
        return List.of(input);
    }
}
