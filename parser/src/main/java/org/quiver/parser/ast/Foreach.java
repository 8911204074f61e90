package org.quiver.parser.ast;

import java.util.List;
import java.util.Objects;

/** {@code FOREACH (variable IN list | updating clauses)}. */
public record Foreach(Variable variable, Expression list, List<Clause> body, Span span) implements Clause {
    public Foreach {
        Objects.requireNonNull(variable, "variable");
        Objects.requireNonNull(list, "list");
        body = List.copyOf(body);
        if (body.isEmpty()) {
            throw new IllegalArgumentException("FOREACH has at least one clause");
        }
    }
}
