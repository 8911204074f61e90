package org.quiver.parser.ast;

/** {@code 42}, {@code 0x2A}, {@code 0o52}. A leading minus is a {@link UnaryExpression}, except for
 * {@code Long.MIN_VALUE}, which the parser folds so that it can be written. */
public record IntegerLiteral(long value, Span span) implements Expression {
}
