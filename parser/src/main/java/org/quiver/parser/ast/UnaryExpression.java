package org.quiver.parser.ast;

import java.util.Objects;

/** {@code NOT x}, {@code -x}, {@code +x}. */
public record UnaryExpression(UnaryOperator operator, Expression operand, Span span) implements Expression {
    public UnaryExpression {
        Objects.requireNonNull(operator, "operator");
        Objects.requireNonNull(operand, "operand");
    }
}
