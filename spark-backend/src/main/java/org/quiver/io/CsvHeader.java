package org.quiver.io;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.quiver.parser.error.DataError;
import org.quiver.planner.types.CypherType;

/**
 * The parsed header of one CSV file: its columns in order, and the checks that a node or a
 * relationship file has the columns it needs.
 *
 * @param source the file's path relative to the graph directory, as errors name it
 * @param line the line the header is on (1 unless blank lines come first)
 */
record CsvHeader(String source, long line, List<HeaderColumn> columns) {
    CsvHeader {
        columns = List.copyOf(columns);
    }

    int size() {
        return columns.size();
    }

    HeaderColumn column(int index) {
        return columns.get(index);
    }

    /** How errors name the column at {@code index}; a field past the header is named by position. */
    String columnName(int index) {
        return index < columns.size() ? columns.get(index).name() : "#" + (index + 1);
    }

    /** The properties the file declares (a named id included, as a string), in column order. */
    Map<String, CypherType> propertyTypes() {
        Map<String, CypherType> types = new LinkedHashMap<>();
        for (HeaderColumn column : columns) {
            if (column instanceof PropertyColumn property) {
                types.put(property.key(), property.type().cypherType());
            } else if (column instanceof IdColumn id && id.propertyKey().isPresent()) {
                types.put(id.propertyKey().get(), CypherType.STRING);
            }
        }
        return types;
    }

    /** The name of the column declaring property {@code key}. */
    String columnOf(String key) {
        for (HeaderColumn column : columns) {
            if (column instanceof PropertyColumn property && property.key().equals(key)
                    || column instanceof IdColumn id && id.propertyKey().equals(Optional.of(key))) {
                return column.name();
            }
        }
        throw new IllegalArgumentException("no column declares " + key);
    }

    /** Requires exactly one {@code :ID}, at most one {@code :LABEL}, and no relationship columns. */
    void checkNodeFile() {
        requireOne(IdColumn.class, ":ID", "a node file needs an :ID column");
        atMostOne(LabelColumn.class);
        forbid(StartIdColumn.class, "a node file may not have a :START_ID column");
        forbid(EndIdColumn.class, "a node file may not have an :END_ID column");
        forbid(TypeColumn.class, "a node file may not have a :TYPE column (did you mean :LABEL?)");
    }

    /** Requires exactly one {@code :START_ID} and {@code :END_ID}, at most one {@code :TYPE}, no node columns. */
    void checkRelationshipFile() {
        requireOne(StartIdColumn.class, ":START_ID", "a relationship file needs a :START_ID column");
        requireOne(EndIdColumn.class, ":END_ID", "a relationship file needs an :END_ID column");
        atMostOne(TypeColumn.class);
        forbid(IdColumn.class, "a relationship file may not have an :ID column");
        forbid(LabelColumn.class, "a relationship file may not have a :LABEL column (did you mean :TYPE?)");
    }

    /** The index of the first column of this kind, or -1. */
    int indexOf(Class<? extends HeaderColumn> kind) {
        for (int i = 0; i < columns.size(); i++) {
            if (kind.isInstance(columns.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private void requireOne(Class<? extends HeaderColumn> kind, String missingName, String reason) {
        if (indexOf(kind) < 0) {
            throw new DataError(source, line, missingName, reason);
        }
        atMostOne(kind);
    }

    private void atMostOne(Class<? extends HeaderColumn> kind) {
        int first = indexOf(kind);
        for (int i = first + 1; first >= 0 && i < columns.size(); i++) {
            if (kind.isInstance(columns.get(i))) {
                throw new DataError(source, line, columnName(i),
                        "only one such column is allowed (the first is `" + columnName(first) + "`)");
            }
        }
    }

    private void forbid(Class<? extends HeaderColumn> kind, String reason) {
        int index = indexOf(kind);
        if (index >= 0) {
            throw new DataError(source, line, columnName(index), reason);
        }
    }
}
