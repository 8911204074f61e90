package org.quiver.parser.ast;

import java.util.List;

/**
 * A graph in the session catalog: {@code name} or {@code namespace.name}; each part as written,
 * backticks removed. In a query it may also be a view applied to graphs ({@code arguments}:
 * {@code friendsOf(session.social)}) or, inside a view, a parameter of the view ({@code parameter}:
 * {@code $g}, whose one part is the parameter's name).
 */
public record GraphName(List<String> parts, List<GraphName> arguments, boolean parameter, Span span)
        implements AstNode {
    public GraphName {
        parts = List.copyOf(parts);
        arguments = List.copyOf(arguments);
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("a graph name has at least one part");
        }
        if (parameter && (parts.size() != 1 || !arguments.isEmpty())) {
            throw new IllegalArgumentException("a graph parameter is one name without arguments");
        }
    }

    /** A plain catalog name. */
    public GraphName(List<String> parts, Span span) {
        this(parts, List.of(), false, span);
    }

    /** The parts joined by dots. */
    public String qualifiedName() {
        return String.join(".", parts);
    }
}
