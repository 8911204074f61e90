package org.quiver.api;

import java.util.List;
import org.quiver.graph.NodeTable;
import org.quiver.graph.RelationshipTable;
import org.quiver.planner.schema.GraphSchema;

/**
 * An immutable property graph: node tables, relationship tables and the schema derived from them.
 *
 * <pre>{@code
 * PropertyGraph social = session.loadGraph(Path.of("examples/social"));
 * System.out.println(social.schema().labels());
 * }</pre>
 */
public final class PropertyGraph {
    private final List<NodeTable> nodeTables;
    private final List<RelationshipTable> relationshipTables;
    private final GraphSchema schema;

    public PropertyGraph(List<NodeTable> nodeTables, List<RelationshipTable> relationshipTables) {
        this.nodeTables = List.copyOf(nodeTables);
        this.relationshipTables = List.copyOf(relationshipTables);
        GraphSchema.Builder builder = GraphSchema.builder();
        this.nodeTables.forEach(t -> builder.nodes(t.labels(), t.properties()));
        this.relationshipTables.forEach(t -> builder.relationships(t.type(), t.properties()));
        this.schema = builder.build();
    }

    public List<NodeTable> nodeTables() {
        return nodeTables;
    }

    public List<RelationshipTable> relationshipTables() {
        return relationshipTables;
    }

    public GraphSchema schema() {
        return schema;
    }
}
