package org.quiver.parser.ast;

import java.util.Objects;

/** {@code COLLECT { query }}: the values of the query's single column, as a list. */
public record CollectSubquery(Query query, Span span) implements Expression {
    public CollectSubquery {
        Objects.requireNonNull(query, "query");
    }
}
