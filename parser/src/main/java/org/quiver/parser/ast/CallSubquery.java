package org.quiver.parser.ast;

import java.util.Objects;

/** {@code CALL { query }}: run once per incoming row; a leading {@code WITH} imports variables. */
public record CallSubquery(Query query, Span span) implements Clause {
    public CallSubquery {
        Objects.requireNonNull(query, "query");
    }
}
