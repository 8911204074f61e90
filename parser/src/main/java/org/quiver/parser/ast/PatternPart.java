package org.quiver.parser.ast;

import java.util.Objects;
import java.util.Optional;

/**
 * {@code [p =] [shortestPath( | allShortestPaths(] element [)]}: one path through the graph, maybe
 * named, maybe a shortest-path search.
 */
public record PatternPart(Optional<Variable> pathVariable, PathSelector selector, PatternElement element, Span span)
        implements AstNode {
    public PatternPart {
        Objects.requireNonNull(pathVariable, "pathVariable");
        Objects.requireNonNull(selector, "selector");
        Objects.requireNonNull(element, "element");
    }

    /** Which paths of the element a part matches. */
    public enum PathSelector {
        ALL, SHORTEST, ALL_SHORTEST
    }
}
