package org.quiver.planner.expr;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.quiver.planner.types.CypherType;

/** An aggregation; {@code argument} is empty for {@code count(*)}. */
public record AggregateCall(Function function, boolean distinct, Optional<Expr> argument, CypherType type)
        implements Expr {
    public AggregateCall {
        Objects.requireNonNull(function, "function");
        Objects.requireNonNull(argument, "argument");
        Objects.requireNonNull(type, "type");
    }

    public enum Function {
        COUNT, SUM, MIN, MAX, AVG, COLLECT
    }

    public List<Expr> children() {
        return argument.<List<Expr>>map(List::of).orElse(List.of());
    }

    public Expr withChildren(List<Expr> children) {
        return new AggregateCall(function, distinct, children.stream().findFirst(), type);
    }
}
