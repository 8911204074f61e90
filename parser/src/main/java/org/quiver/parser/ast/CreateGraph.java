package org.quiver.parser.ast;

import java.util.Objects;

/** {@code CATALOG CREATE GRAPH name { query }}: stores the graph the query returns. */
public record CreateGraph(GraphName name, Query query, Span span) implements Statement {
    public CreateGraph {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(query, "query");
    }
}
