package org.quiver.parser.ast;

/** {@code true} or {@code false}. */
public record BooleanLiteral(boolean value, Span span) implements Expression {
}
