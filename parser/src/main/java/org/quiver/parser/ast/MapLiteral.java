package org.quiver.parser.ast;

import java.util.List;
import java.util.Objects;

/** {@code {key: value, …}} with its entries in the order written. */
public record MapLiteral(List<Entry> entries, Span span) implements Expression {
    public MapLiteral {
        entries = List.copyOf(entries);
    }

    /** {@code key: value}. */
    public record Entry(String key, Expression value, Span span) implements AstNode {
        public Entry {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(value, "value");
        }
    }
}
