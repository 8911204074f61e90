package org.quiver.parser.ast;

import java.util.Objects;

/** {@code reduce(accumulator = initial, variable IN list | expression)}. */
public record Reduce(
        Variable accumulator, Expression initial, Variable variable, Expression list, Expression expression, Span span)
        implements Expression {
    public Reduce {
        Objects.requireNonNull(accumulator, "accumulator");
        Objects.requireNonNull(initial, "initial");
        Objects.requireNonNull(variable, "variable");
        Objects.requireNonNull(list, "list");
        Objects.requireNonNull(expression, "expression");
    }
}
