package org.quiver.io;

import java.util.List;

/** A relationship file read and checked: its header and its rows, endpoints resolved to node ids. */
record RelationshipFile(CsvHeader header, List<RelationshipRow> rows) {
    RelationshipFile {
        rows = List.copyOf(rows);
    }
}
