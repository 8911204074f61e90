package org.quiver.parser.ast;

import java.util.Objects;
import java.util.Optional;

/** {@code [OPTIONAL] MATCH pattern [WHERE predicate]}. */
public record Match(boolean optional, Pattern pattern, Optional<Expression> where, Span span) implements Clause {
    public Match {
        Objects.requireNonNull(pattern, "pattern");
        Objects.requireNonNull(where, "where");
    }
}
