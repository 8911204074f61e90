package org.quiver.parser.ast;

import java.util.List;

/**
 * A graph in the session catalog: {@code name} or {@code namespace.name}; each part as written,
 * backticks removed.
 */
public record GraphName(List<String> parts, Span span) implements AstNode {
    public GraphName {
        parts = List.copyOf(parts);
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("a graph name has at least one part");
        }
    }

    /** The parts joined by dots. */
    public String qualifiedName() {
        return String.join(".", parts);
    }
}
