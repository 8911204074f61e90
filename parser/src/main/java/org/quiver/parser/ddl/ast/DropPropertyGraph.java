package org.quiver.parser.ddl.ast;

import java.util.Objects;
import org.quiver.parser.ast.Span;

/** {@code DROP PROPERTY GRAPH [IF EXISTS] name}. */
public record DropPropertyGraph(QualifiedName graph, boolean ifExists, Span span) implements GraphDdlStatement {
    public DropPropertyGraph {
        Objects.requireNonNull(graph, "graph");
        Objects.requireNonNull(span, "span");
    }
}
