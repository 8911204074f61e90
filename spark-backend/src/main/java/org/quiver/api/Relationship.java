package org.quiver.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A relationship in a query result: its id, type, the ids of its start and end nodes, and its
 * properties (absent ones left out).
 *
 * <pre>{@code
 * Relationship r = (Relationship) result.records().get(0).get("r");
 * long from = r.startId();
 * }</pre>
 */
public record Relationship(long id, String type, long startId, long endId, Map<String, Object> properties) {
    public Relationship {
        Objects.requireNonNull(type, "type");
        properties = Collections.unmodifiableMap(new TreeMap<>(properties));
    }

    @Override
    public String toString() {
        return "[:" + type + (properties.isEmpty() ? "" : " " + new LinkedHashMap<>(properties)) + "]";
    }
}
