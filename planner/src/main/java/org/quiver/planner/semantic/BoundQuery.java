package org.quiver.planner.semantic;

import java.util.List;
import java.util.Objects;
import org.quiver.planner.logical.LogicalOp;

/** A query after analysis: its logical plan and the names of its result columns, in order. */
public record BoundQuery(LogicalOp plan, List<String> columns) {
    public BoundQuery {
        Objects.requireNonNull(plan, "plan");
        columns = List.copyOf(columns);
    }
}
