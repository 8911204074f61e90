package org.quiver.planner.expr;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.quiver.planner.types.CypherType;

/**
 * An aggregation; {@code argument} is empty for {@code count(*)}. {@code percentile} is the
 * constant second argument of {@code percentileDisc}/{@code percentileCont} (checked to lie in
 * [0, 1] when the query runs, as Neo4j does), empty for the other functions.
 */
public record AggregateCall(Function function, boolean distinct, Optional<Expr> argument, CypherType type,
        OptionalDouble percentile) implements Expr {
    public AggregateCall {
        Objects.requireNonNull(function, "function");
        Objects.requireNonNull(argument, "argument");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(percentile, "percentile");
    }

    public AggregateCall(Function function, boolean distinct, Optional<Expr> argument, CypherType type) {
        this(function, distinct, argument, type, OptionalDouble.empty());
    }

    /**
     * {@code COLLECT} skips nulls as Cypher's {@code collect()} does; {@code COLLECT_WITH_NULLS}
     * keeps them (a pattern comprehension's list has an element for every match).
     */
    public enum Function {
        COUNT, SUM, MIN, MAX, AVG, COLLECT, COLLECT_WITH_NULLS, PERCENTILE_DISC, PERCENTILE_CONT
    }

    public List<Expr> children() {
        return argument.<List<Expr>>map(List::of).orElse(List.of());
    }

    public Expr withChildren(List<Expr> children) {
        return new AggregateCall(function, distinct, children.stream().findFirst(), type, percentile);
    }
}
