package org.quiver.parser.ast;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code CASE [subject] WHEN … THEN … [ELSE …] END}: with a subject the {@code WHEN} values are
 * compared to it; without, they are predicates.
 */
public record CaseExpression(
        Optional<Expression> subject, List<When> alternatives, Optional<Expression> otherwise, Span span)
        implements Expression {
    public CaseExpression {
        Objects.requireNonNull(subject, "subject");
        alternatives = List.copyOf(alternatives);
        Objects.requireNonNull(otherwise, "otherwise");
        if (alternatives.isEmpty()) {
            throw new IllegalArgumentException("CASE has at least one WHEN");
        }
    }

    /** {@code WHEN condition THEN result}. */
    public record When(Expression condition, Expression result, Span span) implements AstNode {
        public When {
            Objects.requireNonNull(condition, "condition");
            Objects.requireNonNull(result, "result");
        }
    }
}
