package org.quiver.parser.ast;

import java.util.Objects;

/** {@code UNWIND list AS variable}. */
public record Unwind(Expression list, Variable variable, Span span) implements Clause {
    public Unwind {
        Objects.requireNonNull(list, "list");
        Objects.requireNonNull(variable, "variable");
    }
}
