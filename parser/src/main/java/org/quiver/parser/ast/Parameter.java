package org.quiver.parser.ast;

import java.util.Objects;

/** {@code $name} (or {@code $0}). */
public record Parameter(String name, Span span) implements Expression {
    public Parameter {
        Objects.requireNonNull(name, "name");
    }
}
