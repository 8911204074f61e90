package org.quiver.parser.ast;

import java.util.List;
import java.util.Objects;

/** A node, then zero or more (relationship, node) steps: {@code (a)-[r]->(b)<--(c)}. */
public record PatternElement(NodePattern start, List<PatternStep> steps, Span span) implements AstNode {
    public PatternElement {
        Objects.requireNonNull(start, "start");
        steps = List.copyOf(steps);
    }
}
