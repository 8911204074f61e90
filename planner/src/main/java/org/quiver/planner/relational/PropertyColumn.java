package org.quiver.planner.relational;

import java.util.Objects;
import org.quiver.planner.types.CypherType;

/** A property read by a scan into a column; tables without the key give null. */
public record PropertyColumn(String key, String column, CypherType type) {
    public PropertyColumn {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(type, "type");
    }
}
