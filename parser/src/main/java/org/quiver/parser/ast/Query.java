package org.quiver.parser.ast;

import java.util.List;
import java.util.Objects;

/** A query: one single query, then zero or more {@code UNION [ALL]} parts. */
public record Query(ExecutionMode mode, SingleQuery first, List<UnionPart> unions, Span span) implements Statement {
    public Query {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(first, "first");
        unions = List.copyOf(unions);
    }
}
