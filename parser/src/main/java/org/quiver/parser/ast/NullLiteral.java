package org.quiver.parser.ast;

/** {@code null}. */
public record NullLiteral(Span span) implements Expression {
}
