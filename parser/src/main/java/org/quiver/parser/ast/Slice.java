package org.quiver.parser.ast;

import java.util.Objects;
import java.util.Optional;

/** {@code list[from..to]}, either bound may be left out. */
public record Slice(Expression subject, Optional<Expression> from, Optional<Expression> to, Span span)
        implements Expression {
    public Slice {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }
}
