package org.quiver.parser.ast;

import java.util.List;

/** {@code [DETACH] DELETE expression, …}. */
public record Delete(boolean detach, List<Expression> expressions, Span span) implements Clause {
    public Delete {
        expressions = List.copyOf(expressions);
        if (expressions.isEmpty()) {
            throw new IllegalArgumentException("DELETE has at least one expression");
        }
    }
}
