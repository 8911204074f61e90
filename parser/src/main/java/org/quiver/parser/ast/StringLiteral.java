package org.quiver.parser.ast;

import java.util.Objects;

/** {@code 'text'} or {@code "text"}, with escapes already resolved. */
public record StringLiteral(String value, Span span) implements Expression {
    public StringLiteral {
        Objects.requireNonNull(value, "value");
    }
}
