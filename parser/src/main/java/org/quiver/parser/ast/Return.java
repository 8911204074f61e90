package org.quiver.parser.ast;

import java.util.Objects;

/** {@code RETURN projection}. */
public record Return(Projection projection, Span span) implements Clause {
    public Return {
        Objects.requireNonNull(projection, "projection");
    }
}
