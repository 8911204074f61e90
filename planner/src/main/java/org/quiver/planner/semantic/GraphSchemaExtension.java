package org.quiver.planner.semantic;

import java.util.Map;
import java.util.Set;
import org.quiver.planner.schema.GraphSchema;
import org.quiver.planner.types.CypherType;

/** A schema with the label combinations, types and keys a CREATE adds. */
final class GraphSchemaExtension {
    private final GraphSchema.Builder builder = GraphSchema.builder();

    GraphSchemaExtension(GraphSchema base) {
        base.labelCombinations().forEach(builder::nodes);
        base.relationshipTypes().forEach(builder::relationships);
    }

    void nodes(Set<String> labels, Map<String, CypherType> properties) {
        builder.nodes(labels, properties);
    }

    void relationships(String type, Map<String, CypherType> properties) {
        builder.relationships(type, properties);
    }

    GraphSchema build() {
        return builder.build();
    }
}
