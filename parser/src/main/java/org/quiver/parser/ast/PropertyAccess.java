package org.quiver.parser.ast;

import java.util.Objects;

/** {@code subject.key}, on any expression. */
public record PropertyAccess(Expression subject, String key, Span span) implements Expression {
    public PropertyAccess {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(key, "key");
    }
}
