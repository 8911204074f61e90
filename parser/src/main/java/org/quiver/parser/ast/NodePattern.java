package org.quiver.parser.ast;

import java.util.Objects;
import java.util.Optional;

/**
 * {@code (variable :labels {properties} WHERE predicate)}; every part is optional. {@code properties}
 * is a map literal or a parameter.
 */
public record NodePattern(
        Optional<Variable> variable,
        Optional<LabelExpression> labels,
        Optional<Expression> properties,
        Optional<Expression> where,
        Span span) implements AstNode {
    public NodePattern {
        Objects.requireNonNull(variable, "variable");
        Objects.requireNonNull(labels, "labels");
        Objects.requireNonNull(properties, "properties");
        Objects.requireNonNull(where, "where");
    }
}
