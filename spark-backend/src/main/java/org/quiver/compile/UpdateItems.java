package org.quiver.compile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.quiver.api.Node;
import org.quiver.api.Relationship;
import org.quiver.parser.error.TypeError;
import org.quiver.planner.update.EntityUpdate;

/**
 * Applies {@code SET} / {@code REMOVE} items to the elements of a {@link GraphEdit}, one row at a
 * time. A row's values are looked up by column or variable name; a null target does nothing.
 */
final class UpdateItems {
    private final GraphEdit edit;
    private final List<EntityUpdate> items;
    private final Set<String> relationshipTargets;

    UpdateItems(GraphEdit edit, List<EntityUpdate> items, Set<String> relationshipTargets) {
        this.edit = edit;
        this.items = items;
        this.relationshipTargets = relationshipTargets;
    }

    /** Reads, in one go, the elements the items change over all {@code rows}. */
    void read(List<Map<String, Object>> rows) {
        List<Long> nodes = new ArrayList<>();
        List<Long> relationships = new ArrayList<>();
        for (Map<String, Object> row : rows) {
            for (EntityUpdate item : items) {
                if (row.get(item.target()) instanceof Long id) {
                    (relationshipTargets.contains(item.target()) ? relationships : nodes).add(id);
                }
            }
        }
        edit.readNodes(nodes);
        edit.readRelationships(relationships);
    }

    void apply(Map<String, Object> row) {
        for (EntityUpdate item : items) {
            if (!(row.get(item.target()) instanceof Long id)) {
                continue;
            }
            ElementState element = relationshipTargets.contains(item.target()) ? edit.relationship(id) : edit.node(id);
            if (element == null) {
                continue;
            }
            if (item instanceof EntityUpdate.SetProperty p) {
                put(element, p.key(), row.get(p.valueColumn()));
            } else if (item instanceof EntityUpdate.SetProperties p) {
                Map<String, Object> values = properties(row.get(p.valueColumn()));
                if (p.replace()) {
                    element.properties.clear();
                }
                values.forEach((k, v) -> put(element, k, v));
            } else if (item instanceof EntityUpdate.ChangeLabels l) {
                if (l.add()) {
                    element.labels.addAll(l.labels());
                } else {
                    element.labels.removeAll(l.labels());
                }
            }
        }
    }

    private static void put(ElementState element, String key, Object value) {
        if (value == null) {
            element.properties.remove(key);
        } else {
            CreateExecutor.PropertyValues.typeOf(value, key);
            element.properties.put(key, value);
        }
    }

    /** The properties {@code SET x = value} or {@code +=} copies: a map's entries, or another element's. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> properties(Object value) {
        if (value == null) {
            return Map.of();
        } else if (value instanceof Node n) {
            return n.properties();
        } else if (value instanceof Relationship r) {
            return r.properties();
        } else if (value instanceof Map<?, ?> map) {
            return (Map<String, Object>) map;
        }
        throw new TypeError("InvalidArgumentType", "SET of properties from a value that is not a map, node or "
                + "relationship: " + value, null);
    }
}
