package org.quiver.parser.ast;

import java.util.List;

/**
 * A graph in the session catalog: {@code name} or {@code namespace.name}; each part as written,
 * backticks removed. In a query it may also be a view applied to graphs ({@code arguments}:
 * {@code friendsOf(session.social)}) or, inside a view, a parameter of the view ({@code parameter}:
 * {@code $g}, whose one part is the parameter's name). A stored graph's earlier version is named
 * with {@code version} ({@code archive.social@3}).
 */
public record GraphName(List<String> parts, List<GraphName> arguments, boolean parameter, java.util.OptionalLong version,
        Span span) implements AstNode {
    public GraphName {
        parts = List.copyOf(parts);
        arguments = List.copyOf(arguments);
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("a graph name has at least one part");
        }
        if (parameter && (parts.size() != 1 || !arguments.isEmpty())) {
            throw new IllegalArgumentException("a graph parameter is one name without arguments");
        }
        if (version.isPresent() && (parameter || !arguments.isEmpty())) {
            throw new IllegalArgumentException("only a catalog name has versions");
        }
    }

    /** A view applied to graphs, or a graph parameter. */
    public GraphName(List<String> parts, List<GraphName> arguments, boolean parameter, Span span) {
        this(parts, arguments, parameter, java.util.OptionalLong.empty(), span);
    }

    /** A plain catalog name. */
    public GraphName(List<String> parts, Span span) {
        this(parts, List.of(), false, span);
    }

    /** The parts joined by dots. */
    public String qualifiedName() {
        return String.join(".", parts);
    }

    /** The name as written: the qualified name and any {@code @version}. */
    public String text() {
        return qualifiedName() + (version.isPresent() ? "@" + version.getAsLong() : "");
    }
}
