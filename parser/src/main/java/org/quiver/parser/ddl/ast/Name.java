package org.quiver.parser.ddl.ast;

import java.util.Objects;
import org.quiver.parser.ast.Span;

/** A name as written (backticks removed): of a column, label, property, table or graph. */
public record Name(String value, Span span) {
    public Name {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(span, "span");
    }

    public static Name of(String value) {
        return new Name(value, Span.NONE);
    }

    @Override
    public String toString() {
        return value;
    }
}
