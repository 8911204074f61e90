package org.quiver.planner.relational;

import java.util.List;

/** One row without columns. */
public record UnitRelation() implements RelOp {
    public List<RelColumn> columns() {
        return List.of();
    }

    public List<RelOp> children() {
        return List.of();
    }
}
