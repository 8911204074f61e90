package org.quiver.parser.ast;

import java.util.Objects;
import java.util.Optional;

/** {@code all|any|none|single(variable IN list [WHERE predicate])}. */
public record Quantified(Quantifier quantifier, Variable variable, Expression list, Optional<Expression> where, Span span)
        implements Expression {
    public Quantified {
        Objects.requireNonNull(quantifier, "quantifier");
        Objects.requireNonNull(variable, "variable");
        Objects.requireNonNull(list, "list");
        Objects.requireNonNull(where, "where");
    }

    public enum Quantifier {
        ALL, ANY, NONE, SINGLE
    }
}
