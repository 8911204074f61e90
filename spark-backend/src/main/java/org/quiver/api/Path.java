package org.quiver.api;

import java.util.List;

/**
 * A path in a query result: its nodes and relationships in path order, one node more than
 * relationships. A relationship may point either way along the path; {@link #forward(int)} tells.
 *
 * <pre>{@code
 * Path p = (Path) result.records().get(0).get("p");
 * int hops = p.length();
 * }</pre>
 */
public record Path(List<Node> nodes, List<Relationship> relationships) {
    public Path {
        nodes = List.copyOf(nodes);
        relationships = List.copyOf(relationships);
        if (nodes.size() != relationships.size() + 1) {
            throw new IllegalArgumentException("a path has one node more than relationships, not "
                    + nodes.size() + " and " + relationships.size());
        }
    }

    /** The number of relationships. */
    public int length() {
        return relationships.size();
    }

    /** Whether relationship {@code i} points from node {@code i} to node {@code i + 1}. */
    public boolean forward(int i) {
        return relationships.get(i).startId() == nodes.get(i).id();
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder("<").append(nodes.get(0));
        for (int i = 0; i < relationships.size(); i++) {
            out.append(forward(i) ? "-" : "<-").append(relationships.get(i)).append(forward(i) ? "->" : "-")
                    .append(nodes.get(i + 1));
        }
        return out.append('>').toString();
    }
}
