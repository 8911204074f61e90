package org.quiver.mapping;

import java.util.List;
import org.quiver.api.PropertyGraph;

/** The node and relationship tables of one mapping, before they are a graph. */
public record TableMappings(List<NodeTableMapping> nodes, List<RelationshipTableMapping> relationships) {
    public TableMappings {
        nodes = List.copyOf(nodes);
        relationships = List.copyOf(relationships);
    }

    /** @see GraphMapper#map */
    public PropertyGraph graph() {
        return GraphMapper.map(nodes, relationships);
    }

    /** @see KeyCheck#run */
    public List<String> checkKeys() {
        return KeyCheck.run(nodes, relationships);
    }
}
