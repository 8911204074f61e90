package org.quiver.parser.ast;

import java.util.Objects;

/** {@code expression [ASC | DESC]}. */
public record SortItem(Expression expression, boolean descending, Span span) implements AstNode {
    public SortItem {
        Objects.requireNonNull(expression, "expression");
    }
}
