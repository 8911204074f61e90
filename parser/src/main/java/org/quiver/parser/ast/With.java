package org.quiver.parser.ast;

import java.util.Objects;
import java.util.Optional;

/** {@code WITH projection [WHERE predicate]}. */
public record With(Projection projection, Optional<Expression> where, Span span) implements Clause {
    public With {
        Objects.requireNonNull(projection, "projection");
        Objects.requireNonNull(where, "where");
    }
}
