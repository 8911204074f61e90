package org.quiver.parser.ast;

import java.util.Objects;

/** {@code COUNT { … }}: the number of rows the body yields. */
public record CountSubquery(SubqueryBody body, Span span) implements Expression {
    public CountSubquery {
        Objects.requireNonNull(body, "body");
    }
}
