package org.quiver.parser.ast;

import java.util.Objects;

/** {@code x IS NULL} ({@code negated} false) or {@code x IS NOT NULL}. */
public record IsNull(Expression operand, boolean negated, Span span) implements Expression {
    public IsNull {
        Objects.requireNonNull(operand, "operand");
    }
}
