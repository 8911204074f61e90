package org.quiver.io;

import java.util.List;

/** The fields of one CSV record and the 1-based line it starts on (a quoted field may span lines). */
record CsvRecord(long line, List<CsvField> fields) {
    CsvRecord {
        fields = List.copyOf(fields);
    }

    int size() {
        return fields.size();
    }

    CsvField field(int index) {
        return fields.get(index);
    }
}
