package org.quiver.compile;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.quiver.api.Node;
import org.quiver.api.Relationship;
import org.quiver.parser.error.ConstraintVerificationFailed;
import org.quiver.parser.error.TypeError;
import org.quiver.planner.logical.Argument;
import org.quiver.planner.semantic.Segment;
import org.quiver.planner.types.CypherType;
import org.quiver.planner.update.DeleteAction;

/**
 * Applies {@code [DETACH] DELETE} to the rows of its part, on the driver. Without DETACH, a node
 * that keeps a relationship after the clause is an error (Neo4j checks at commit; a statement here
 * checks at the end of the clause).
 */
final class DeleteExecutor {
    private final GraphEdit edit;
    private final Segment segment;

    DeleteExecutor(GraphEdit edit, Segment segment) {
        this.edit = edit;
        this.segment = segment;
    }

    UpdateOutcome apply(List<List<Object>> rows) {
        DeleteAction action = (DeleteAction) segment.update().orElseThrow();
        List<Map<String, Object>> named = SegmentRows.byName(segment, rows);
        Set<Long> nodes = new LinkedHashSet<>();
        Set<Long> relationships = new LinkedHashSet<>();
        List<List<Object>> handedOver = new ArrayList<>();
        for (Map<String, Object> row : named) {
            for (String column : action.columns()) {
                collect(row.get(column), nodes, relationships);
            }
            handedOver.add(SegmentRows.handedOver(segment, row));
        }
        edit.readNodes(nodes);
        edit.readRelationships(relationships);
        relationships.forEach(id -> {
            ElementState r = edit.relationship(id);
            if (r != null) {
                r.deleted = true;
            }
        });
        List<ElementState> attached = edit.relationshipsAt(nodes);
        if (action.detach()) {
            attached.forEach(r -> r.deleted = true);
        } else if (!attached.isEmpty()) {
            throw new ConstraintVerificationFailed("DeleteConnectedNode", "Cannot delete node<"
                    + (nodes.contains(attached.get(0).source) ? attached.get(0).source : attached.get(0).target)
                    + ">, because it still has relationships. To delete this node, you must first delete its "
                    + "relationships (or use DETACH DELETE).", null);
        }
        nodes.forEach(id -> {
            ElementState n = edit.node(id);
            if (n != null) {
                n.deleted = true;
            }
        });
        flagDeleted(handedOver);
        GraphEdit.UpdateOutcomeParts built = edit.build();
        return new UpdateOutcome(built.graph(), handedOver, built.sideEffects());
    }

    /** Sets the hidden deleted flag of each handed-over entity (a relationship may go with its node, DETACH). */
    private void flagDeleted(List<List<Object>> handedOver) {
        List<String> variables = List.copyOf(segment.handedOver().keySet());
        for (int i = 0; i < variables.size(); i++) {
            String variable = variables.get(i);
            CypherType type = segment.handedOver().get(variable);
            int flag = variables.indexOf(Argument.deletedFlag(variable));
            if (flag < 0 || !type.isEntity()) {
                continue;
            }
            for (List<Object> row : handedOver) {
                row.set(flag, row.get(i) instanceof Long id && edit.deleted(id, type == CypherType.NODE));
            }
        }
    }

    /** The nodes and relationships in a value: itself, or inside lists and maps. */
    private static void collect(Object value, Set<Long> nodes, Set<Long> relationships) {
        if (value == null) {
            return;
        } else if (value instanceof Node n) {
            nodes.add(n.id());
        } else if (value instanceof Relationship r) {
            relationships.add(r.id());
        } else if (value instanceof org.quiver.api.Path path) {
            path.nodes().forEach(n -> nodes.add(n.id()));
            path.relationships().forEach(r -> relationships.add(r.id()));
        } else if (value instanceof List<?> list) {
            list.forEach(v -> collect(v, nodes, relationships));
        } else if (value instanceof Map<?, ?> map) {
            map.values().forEach(v -> collect(v, nodes, relationships));
        } else {
            throw new TypeError("InvalidArgumentType", "DELETE expects nodes, relationships or paths, not " + value,
                    null);
        }
    }
}
