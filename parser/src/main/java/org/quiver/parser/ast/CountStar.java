package org.quiver.parser.ast;

/** {@code count(*)}. */
public record CountStar(Span span) implements Expression {
}
