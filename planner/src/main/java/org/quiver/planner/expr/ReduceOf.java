package org.quiver.planner.expr;

import java.util.List;
import java.util.Objects;
import org.quiver.planner.types.CypherType;

/**
 * {@code reduce(accumulator = initial, variable IN list | expression)}: the accumulator starts at
 * {@code initial} and becomes {@code expression} for each element in turn; {@code type} is the
 * accumulator's, which {@code initial} and {@code expression} both have.
 */
public record ReduceOf(String accumulator, Expr initial, String variable, Expr list, Expr expression, CypherType type)
        implements Expr {
    public ReduceOf {
        Objects.requireNonNull(accumulator, "accumulator");
        Objects.requireNonNull(initial, "initial");
        Objects.requireNonNull(variable, "variable");
        Objects.requireNonNull(list, "list");
        Objects.requireNonNull(expression, "expression");
        Objects.requireNonNull(type, "type");
    }

    public List<Expr> children() {
        return List.of(initial, list, expression);
    }

    public Expr withChildren(List<Expr> children) {
        return new ReduceOf(accumulator, children.get(0), variable, children.get(1), children.get(2), type);
    }
}
