package org.quiver.parser.ast;

import java.util.Objects;

/** {@code CATALOG DROP GRAPH name}. */
public record DropGraph(GraphName name, Span span) implements Statement {
    public DropGraph {
        Objects.requireNonNull(name, "name");
    }
}
