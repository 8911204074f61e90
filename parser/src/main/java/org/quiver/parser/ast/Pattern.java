package org.quiver.parser.ast;

import java.util.List;

/** Comma-separated pattern parts, as in {@code MATCH (a)-->(b), (c)}. */
public record Pattern(List<PatternPart> parts, Span span) implements AstNode {
    public Pattern {
        parts = List.copyOf(parts);
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("a pattern has at least one part");
        }
    }
}
