package org.quiver.planner.logical;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.quiver.planner.expr.AggregateCall;
import org.quiver.planner.expr.NamedExpr;
import org.quiver.planner.types.CypherType;

/** One row per distinct value of {@code groupings}, with each of {@code aggregations} computed over its group. */
public record Aggregate(LogicalOp input, List<NamedExpr> groupings, List<NamedExpr> aggregations) implements LogicalOp {
    public Aggregate {
        Objects.requireNonNull(input, "input");
        groupings = List.copyOf(groupings);
        aggregations = List.copyOf(aggregations);
        for (NamedExpr a : aggregations) {
            if (!(a.expr() instanceof AggregateCall)) {
                throw new IllegalArgumentException("not an aggregation: " + a);
            }
        }
    }

    public List<LogicalOp> children() {
        return List.of(input);
    }

    public LogicalOp withChildren(List<LogicalOp> children) {
        return new Aggregate(children.get(0), groupings, aggregations);
    }

    public Map<String, CypherType> variables() {
        Map<String, CypherType> vars = new LinkedHashMap<>();
        groupings.forEach(i -> vars.put(i.name(), i.expr().type()));
        aggregations.forEach(i -> vars.put(i.name(), i.expr().type()));
        return vars;
    }
}
