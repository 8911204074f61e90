package org.quiver.compile;

import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A node or relationship as an update holds it on the driver: what it was when read (nothing for
 * one the update creates) and what it is now. A relationship has a type and ends instead of labels.
 */
final class ElementState {
    final long id;
    final String type;
    final long source;
    final long target;
    final boolean created;
    final Set<String> originalLabels;
    final Map<String, Object> originalProperties;
    final Set<String> labels;
    final Map<String, Object> properties;
    boolean deleted;

    private ElementState(long id, String type, long source, long target, boolean created, Set<String> labels,
            Map<String, Object> properties) {
        this.id = id;
        this.type = type;
        this.source = source;
        this.target = target;
        this.created = created;
        this.originalLabels = created ? Set.of() : Collections.unmodifiableSet(new TreeSet<>(labels));
        this.originalProperties = created ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(properties));
        this.labels = new TreeSet<>(labels);
        this.properties = new TreeMap<>(properties);
    }

    static ElementState node(long id, Set<String> labels, Map<String, Object> properties, boolean created) {
        return new ElementState(id, null, -1, -1, created, labels, properties);
    }

    static ElementState relationship(long id, String type, long source, long target, Map<String, Object> properties,
            boolean created) {
        return new ElementState(id, type, source, target, created, Set.of(), properties);
    }

    boolean changed() {
        return created || deleted || !labels.equals(originalLabels) || !properties.equals(originalProperties);
    }

    /** The end of this relationship that is not {@code node} (the same node for a loop). */
    long otherEnd(long node) {
        return source == node ? target : source;
    }
}
