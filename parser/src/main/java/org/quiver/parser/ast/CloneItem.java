package org.quiver.parser.ast;

import java.util.Objects;
import java.util.Optional;

/** {@code expression [AS alias]} of {@code CONSTRUCT … CLONE}. */
public record CloneItem(Expression expression, Optional<Variable> alias, Span span) implements AstNode {
    public CloneItem {
        Objects.requireNonNull(expression, "expression");
        Objects.requireNonNull(alias, "alias");
    }
}
