package org.quiver.parser.ast;

import java.util.Objects;

/** A relationship pattern used as a predicate: {@code WHERE (a)-[:KNOWS]->(b)}. */
public record PatternExpression(PatternElement pattern, Span span) implements Expression {
    public PatternExpression {
        Objects.requireNonNull(pattern, "pattern");
    }
}
