package org.quiver.parser.ast;

import java.util.Objects;

/** {@code FROM [GRAPH] name}: the clauses after it read this graph. */
public record FromGraph(GraphName graph, Span span) implements Clause {
    public FromGraph {
        Objects.requireNonNull(graph, "graph");
    }
}
