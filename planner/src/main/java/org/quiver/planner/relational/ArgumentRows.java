package org.quiver.planner.relational;

import java.util.List;

/** The rows an earlier part of the statement handed over; the backend supplies them when it compiles the plan. */
public record ArgumentRows(List<RelColumn> columns) implements RelOp {
    public ArgumentRows {
        columns = List.copyOf(columns);
    }

    public List<RelOp> children() {
        return List.of();
    }
}
