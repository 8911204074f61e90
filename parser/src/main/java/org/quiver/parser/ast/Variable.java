package org.quiver.parser.ast;

import java.util.Objects;

/** A variable name as written, backticks removed. */
public record Variable(String name, Span span) implements Expression {
    public Variable {
        Objects.requireNonNull(name, "name");
    }
}
