package org.quiver.parser.ast;

import java.util.Objects;

/**
 * {@code shortestPath(…)} or {@code allShortestPaths(…)} used as an expression: the path (or the list
 * of paths) between two bound nodes. The part has no path variable; its selector is not ALL.
 */
public record ShortestPathExpression(PatternPart pattern, Span span) implements Expression {
    public ShortestPathExpression {
        Objects.requireNonNull(pattern, "pattern");
        if (pattern.selector() == PatternPart.PathSelector.ALL || pattern.pathVariable().isPresent()) {
            throw new IllegalArgumentException(
                    "a shortest-path expression has a shortest selector and no path variable");
        }
    }
}
