package org.quiver.io;

import java.util.List;

/** A node file read and checked: its header (for property types and error positions) and its rows. */
record NodeFile(CsvHeader header, List<NodeRow> rows) {
    NodeFile {
        rows = List.copyOf(rows);
    }
}
