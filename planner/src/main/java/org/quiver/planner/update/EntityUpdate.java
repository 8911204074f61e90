package org.quiver.planner.update;

import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * One item of {@code SET} or {@code REMOVE}. {@code target} names the row value (an input column,
 * or a variable the action binds, as MERGE does) that holds the id of the node or relationship to
 * change (null: the item does nothing for that row); value columns hold the new values.
 */
public sealed interface EntityUpdate {
    String target();

    /** {@code target.key = value}; a null value removes the property. */
    record SetProperty(String target, String key, String valueColumn) implements EntityUpdate {
        public SetProperty {
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(valueColumn, "valueColumn");
        }
    }

    /**
     * {@code target = map} ({@code replace}: every other property goes) or {@code target += map}.
     * The value column holds a map, a node or a relationship (whose properties are copied).
     */
    record SetProperties(String target, String valueColumn, boolean replace) implements EntityUpdate {
        public SetProperties {
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(valueColumn, "valueColumn");
        }
    }

    /** {@code target:A:B} in {@code SET} ({@code add}) or {@code REMOVE}. */
    record ChangeLabels(String target, Set<String> labels, boolean add) implements EntityUpdate {
        public ChangeLabels {
            Objects.requireNonNull(target, "target");
            labels = java.util.Collections.unmodifiableSet(new TreeSet<>(labels));
        }
    }
}
