package org.quiver.planner.expr;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.quiver.planner.types.CypherType;

/**
 * An aggregation; {@code argument} is empty for {@code count(*)}. {@code percentile} is the
 * second argument of {@code percentileDisc}/{@code percentileCont}, a number or an expression read
 * per row (checked to lie in [0, 1] when the query runs, as Neo4j does), empty for the other functions.
 */
public record AggregateCall(Function function, boolean distinct, Optional<Expr> argument, CypherType type,
        Optional<Expr> percentile) implements Expr {
    public AggregateCall {
        Objects.requireNonNull(function, "function");
        Objects.requireNonNull(argument, "argument");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(percentile, "percentile");
        if (percentile.isPresent() && argument.isEmpty()) {
            throw new IllegalArgumentException("a percentile without a value to aggregate");
        }
    }

    public AggregateCall(Function function, boolean distinct, Optional<Expr> argument, CypherType type) {
        this(function, distinct, argument, type, Optional.empty());
    }

    /**
     * {@code COLLECT} skips nulls as Cypher's {@code collect()} does; {@code COLLECT_WITH_NULLS}
     * keeps them (a pattern comprehension's list has an element for every match).
     */
    public enum Function {
        COUNT, SUM, MIN, MAX, AVG, COLLECT, COLLECT_WITH_NULLS, PERCENTILE_DISC, PERCENTILE_CONT
    }

    public List<Expr> children() {
        List<Expr> children = new java.util.ArrayList<>();
        argument.ifPresent(children::add);
        percentile.ifPresent(children::add);
        return List.copyOf(children);
    }

    public Expr withChildren(List<Expr> children) {
        return new AggregateCall(function, distinct, children.stream().findFirst(), type,
                children.size() > 1 ? Optional.of(children.get(1)) : Optional.empty());
    }
}
