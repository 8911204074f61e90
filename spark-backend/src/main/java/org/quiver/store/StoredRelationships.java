package org.quiver.store;

import java.util.Objects;

/** The stored table of the relationships of type {@code type}. */
record StoredRelationships(String type, StoredTable table) {
    StoredRelationships {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(table, "table");
    }
}
