package org.quiver.parser.ast;

import java.util.Objects;
import java.util.Optional;

/** {@code field [AS variable]} of {@code YIELD}. */
public record YieldItem(String field, Optional<Variable> alias, Span span) implements AstNode {
    public YieldItem {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(alias, "alias");
    }
}
