package org.quiver.parser.ast;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code CALL { query }}: run once per incoming row. Without a scope clause a leading {@code WITH}
 * imports variables; {@code CALL (a, b) { … }} imports {@code scope}, {@code CALL (*) { … }}
 * ({@code importsAll}) every variable.
 */
public record CallSubquery(Optional<List<Variable>> scope, boolean importsAll, Query query, Span span)
        implements Clause {
    public CallSubquery {
        Objects.requireNonNull(scope, "scope");
        scope = scope.map(List::copyOf);
        Objects.requireNonNull(query, "query");
        if (importsAll && scope.isEmpty()) {
            throw new IllegalArgumentException("CALL (*) has a scope clause");
        }
    }

    /** Without a scope clause. */
    public CallSubquery(Query query, Span span) {
        this(Optional.empty(), false, query, span);
    }
}
