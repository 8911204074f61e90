package org.quiver.parser.ast;

import java.util.Objects;

/** {@code n:Person:Admin} as a predicate (also {@code r:KNOWS}). */
public record HasLabels(Expression subject, LabelExpression labels, Span span) implements Expression {
    public HasLabels {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(labels, "labels");
    }
}
