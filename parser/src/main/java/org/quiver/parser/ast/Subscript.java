package org.quiver.parser.ast;

import java.util.Objects;

/** {@code subject[index]}: a list element or a map value by a computed key. */
public record Subscript(Expression subject, Expression index, Span span) implements Expression {
    public Subscript {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(index, "index");
    }
}
