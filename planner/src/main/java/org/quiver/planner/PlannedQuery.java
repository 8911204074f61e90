package org.quiver.planner;

import java.util.List;
import java.util.Objects;
import org.quiver.planner.logical.LogicalOp;
import org.quiver.planner.relational.RelOp;
import org.quiver.planner.types.CypherType;

/**
 * Every stage of a planned query: the logical plan as analysis built it, the same plan after the
 * optimizer, the relational plan, and the result columns with their types.
 */
public record PlannedQuery(LogicalOp logical, LogicalOp optimized, RelOp relational, List<String> columns,
        List<CypherType> types) {
    public PlannedQuery {
        Objects.requireNonNull(logical, "logical");
        Objects.requireNonNull(optimized, "optimized");
        Objects.requireNonNull(relational, "relational");
        columns = List.copyOf(columns);
        types = List.copyOf(types);
    }
}
