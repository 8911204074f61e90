package org.quiver.parser.ast;

import java.util.Objects;
import java.util.Optional;

/** {@code [[p =] pattern [WHERE predicate] | projection]}. */
public record PatternComprehension(
        Optional<Variable> pathVariable, PatternElement pattern, Optional<Expression> where, Expression projection,
        Span span) implements Expression {
    public PatternComprehension {
        Objects.requireNonNull(pathVariable, "pathVariable");
        Objects.requireNonNull(pattern, "pattern");
        Objects.requireNonNull(where, "where");
        Objects.requireNonNull(projection, "projection");
    }
}
