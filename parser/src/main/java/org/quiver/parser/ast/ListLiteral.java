package org.quiver.parser.ast;

import java.util.List;

/** {@code [a, b, c]}. */
public record ListLiteral(List<Expression> elements, Span span) implements Expression {
    public ListLiteral {
        elements = List.copyOf(elements);
    }
}
