package org.quiver.parser.ast;

import java.util.List;
import java.util.Objects;

/**
 * {@code CATALOG CREATE VIEW name($p1, …) { query }}: a graph computed on use from the graphs passed
 * as its parameters.
 */
public record CreateView(GraphName name, List<Parameter> parameters, Query query, Span span) implements Statement {
    public CreateView {
        Objects.requireNonNull(name, "name");
        parameters = List.copyOf(parameters);
        Objects.requireNonNull(query, "query");
    }
}
