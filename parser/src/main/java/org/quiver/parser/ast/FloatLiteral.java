package org.quiver.parser.ast;

/** {@code 3.14}, {@code 1e-3}, {@code .5}. */
public record FloatLiteral(double value, Span span) implements Expression {
}
