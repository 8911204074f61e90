package org.quiver.parser.ast;

import java.util.Objects;

/** {@code UNION [ALL] <single query>}. */
public record UnionPart(boolean all, SingleQuery query, Span span) implements AstNode {
    public UnionPart {
        Objects.requireNonNull(query, "query");
    }
}
