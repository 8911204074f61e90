package org.quiver.store;

import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * Where one node or relationship table of a graph version lives: its path relative to the graph
 * directory, its properties, and for Delta the table version this graph version reads.
 */
record StoredTable(String path, List<StoredProperty> properties, OptionalLong tableVersion) {
    /** The id columns in the files; properties follow. */
    static final String ID = "_id";
    static final String SOURCE = "_source";
    static final String TARGET = "_target";

    StoredTable {
        Objects.requireNonNull(path, "path");
        properties = List.copyOf(properties);
        Objects.requireNonNull(tableVersion, "tableVersion");
    }
}
