package org.quiver.parser.ast;

import java.util.Objects;
import java.util.Optional;

/**
 * {@code expression [AS alias]}. Without an alias the column is named by the expression's source
 * text, which the span locates in the query.
 */
public record ProjectionItem(Expression expression, Optional<Variable> alias, Span span) implements AstNode {
    public ProjectionItem {
        Objects.requireNonNull(expression, "expression");
        Objects.requireNonNull(alias, "alias");
    }
}
