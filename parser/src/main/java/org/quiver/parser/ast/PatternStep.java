package org.quiver.parser.ast;

import java.util.Objects;

/** One hop of a pattern element: the relationship and the node it leads to. */
public record PatternStep(RelationshipPattern relationship, NodePattern node) {
    public PatternStep {
        Objects.requireNonNull(relationship, "relationship");
        Objects.requireNonNull(node, "node");
    }
}
