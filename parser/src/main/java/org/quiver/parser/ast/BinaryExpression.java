package org.quiver.parser.ast;

import java.util.Objects;

/**
 * {@code left op right}. A comparison chain {@code a < b < c} is parsed as
 * {@code a < b AND b < c}, as openCypher defines it.
 */
public record BinaryExpression(BinaryOperator operator, Expression left, Expression right, Span span)
        implements Expression {
    public BinaryExpression {
        Objects.requireNonNull(operator, "operator");
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(right, "right");
    }
}
