package org.quiver.parser.ast;

import java.util.Objects;

/** {@code EXISTS { … }}: true when the body yields at least one row. {@code exists(n.p)} stays a {@link FunctionCall}. */
public record ExistsSubquery(SubqueryBody body, Span span) implements Expression {
    public ExistsSubquery {
        Objects.requireNonNull(body, "body");
    }
}
