package org.quiver.parser.ast;

import java.util.Objects;
import java.util.Optional;

/** {@code [variable IN list [WHERE predicate] [| projection]]}. */
public record ListComprehension(
        Variable variable, Expression list, Optional<Expression> where, Optional<Expression> projection, Span span)
        implements Expression {
    public ListComprehension {
        Objects.requireNonNull(variable, "variable");
        Objects.requireNonNull(list, "list");
        Objects.requireNonNull(where, "where");
        Objects.requireNonNull(projection, "projection");
    }
}
