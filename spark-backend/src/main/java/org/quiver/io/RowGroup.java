package org.quiver.io;

import java.util.ArrayList;
import java.util.List;

/**
 * The rows that become one table (of one label combination, or of one relationship type), with the
 * union of the properties declared by the files they come from.
 */
final class RowGroup<K, R> {
    private final K key;
    private final PropertyUnion properties;
    private final List<R> rows = new ArrayList<>();
    private CsvHeader lastHeader;

    RowGroup(K key, String owner) {
        this.key = key;
        this.properties = new PropertyUnion(owner);
    }

    /** Adds a row of the file with {@code header}; the file's properties join the group's once. */
    void add(CsvHeader header, R row) {
        if (header != lastHeader) {
            properties.add(header);
            lastHeader = header;
        }
        rows.add(row);
    }

    K key() {
        return key;
    }

    PropertyUnion properties() {
        return properties;
    }

    List<R> rows() {
        return rows;
    }
}
