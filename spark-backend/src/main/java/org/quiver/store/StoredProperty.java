package org.quiver.store;

import java.util.Objects;
import org.quiver.planner.types.CypherType;

/**
 * A property of a stored table: its key, its Cypher type, and the column that holds it in the files
 * (a positional name such as {@code p0}, so that keys with any characters are safe in every format).
 */
record StoredProperty(String key, CypherType type, String column) {
    StoredProperty {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(column, "column");
    }
}
