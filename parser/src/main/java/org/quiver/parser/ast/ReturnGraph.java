package org.quiver.parser.ast;

/** {@code RETURN GRAPH}: the result of the query is the graph it constructed. */
public record ReturnGraph(Span span) implements Clause {
}
