package org.quiver.parser.ddl.ast;

import org.quiver.parser.ast.Span;

/** A graph mapping statement: {@code CREATE PROPERTY GRAPH} or {@code DROP PROPERTY GRAPH}. */
public sealed interface GraphDdlStatement permits CreatePropertyGraph, DropPropertyGraph {
    QualifiedName graph();

    Span span();
}
