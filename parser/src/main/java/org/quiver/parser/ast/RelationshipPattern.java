package org.quiver.parser.ast;

import java.util.Objects;
import java.util.Optional;

/**
 * {@code -[variable :TYPE|OTHER *min..max {properties} WHERE predicate]->} and its other directions.
 * {@code length} is present for variable-length relationships.
 */
public record RelationshipPattern(
        Optional<Variable> variable,
        Direction direction,
        Optional<LabelExpression> types,
        Optional<LengthRange> length,
        Optional<Expression> properties,
        Optional<Expression> where,
        Span span) implements AstNode {
    public RelationshipPattern {
        Objects.requireNonNull(variable, "variable");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(types, "types");
        Objects.requireNonNull(length, "length");
        Objects.requireNonNull(properties, "properties");
        Objects.requireNonNull(where, "where");
    }

    /** The arrow as written: {@code -->}, {@code <--}, or {@code --} (and {@code <-->}). */
    public enum Direction {
        OUTGOING, INCOMING, BOTH
    }
}
