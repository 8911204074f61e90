package org.quiver.io;

import java.util.Objects;

/**
 * One field of a CSV record: its text (quotes removed, doubled quotes undone) and whether it was
 * quoted, so that an unquoted empty field (an absent value) can be told from {@code ""} (the empty
 * string).
 */
record CsvField(String text, boolean quoted) {
    CsvField {
        Objects.requireNonNull(text, "text");
    }

    /** Nothing between the delimiters, not even quotes: neo4j-admin reads this as "no value". */
    boolean isAbsent() {
        return text.isEmpty() && !quoted;
    }
}
