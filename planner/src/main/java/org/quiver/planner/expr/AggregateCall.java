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
     * {@code COLLECT_IN_ORDER} keeps them too, and takes a two-field map {@code {position, value}}
     * (see {@link #inOrder}): the values in the order of their positions, whatever order the rows
     * arrive in (a list comprehension planned as a subquery is collected back so).
     */
    public enum Function {
        COUNT, SUM, MIN, MAX, AVG, COLLECT, COLLECT_WITH_NULLS, COLLECT_IN_ORDER, PERCENTILE_DISC, PERCENTILE_CONT
    }

    /** The field names of a {@code COLLECT_IN_ORDER} argument. */
    public static final String POSITION = "position";
    public static final String VALUE = "value";

    /** {@code value} collected, nulls kept, in the order of {@code position} (an integer). */
    public static AggregateCall inOrder(Expr position, Expr value) {
        return new AggregateCall(Function.COLLECT_IN_ORDER, false,
                Optional.of(new MapOf(List.of(POSITION, VALUE), List.of(position, value))), CypherType.listOf(value.type()));
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
