package org.quiver.parser.ast;

import java.util.Objects;

/** {@code USE [GRAPH] name}: the graph the query runs on. */
public record UseGraph(GraphName graph, Span span) implements Clause {
    public UseGraph {
        Objects.requireNonNull(graph, "graph");
    }
}
