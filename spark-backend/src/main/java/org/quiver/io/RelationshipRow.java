package org.quiver.io;

import java.util.Map;
import java.util.Objects;

/** One relationship read from a file: its graph id, type, endpoint node ids and present properties. */
record RelationshipRow(long id, String type, long source, long target, Map<String, Object> properties) {
    RelationshipRow {
        Objects.requireNonNull(type, "type");
        properties = Map.copyOf(properties);
    }
}
