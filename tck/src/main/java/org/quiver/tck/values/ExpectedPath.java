package org.quiver.tck.values;

import java.util.List;

/**
 * A path as the TCK writes it, {@code <(:A)-[:T]->(:B)<-[:U]-()>}: n+1 nodes, n relationships, and
 * for each relationship whether it points forward (from the node before it to the node after it).
 */
public record ExpectedPath(List<ExpectedNode> nodes, List<ExpectedRelationship> relationships, List<Boolean> forward) {
    public ExpectedPath {
        nodes = List.copyOf(nodes);
        relationships = List.copyOf(relationships);
        forward = List.copyOf(forward);
        if (nodes.size() != relationships.size() + 1 || forward.size() != relationships.size()) {
            throw new IllegalArgumentException("a path has one node more than relationships");
        }
    }
}
