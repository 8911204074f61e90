package org.quiver.io;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;
import org.quiver.parser.error.DataError;

/**
 * Turns a field into the Java value of its declared type: {@code Long}, {@code Double},
 * {@code Boolean}, {@code String}, or an unmodifiable {@code List} of one of them; {@code null}
 * for an absent value.
 *
 * <p>Absent: an unquoted empty field, for every type. A quoted empty field {@code ""} is the empty
 * string for {@code string}, the empty list for arrays, and absent for the other types (there is
 * no empty number). Numbers and booleans may have spaces around them; strings are kept as
 * written. Booleans are {@code true} or {@code false} in any case, nothing else.
 */
final class CellParser {
    private static final Pattern DECIMAL =
            Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?|[+-]?Infinity|NaN");

    private final String source;
    private final char arrayDelimiter;

    CellParser(String source, char arrayDelimiter) {
        this.source = source;
        this.arrayDelimiter = arrayDelimiter;
    }

    Object parse(CsvField field, PropertyType type, long row, String column) {
        if (field.isAbsent()) {
            return null;
        }
        if (!type.array()) {
            if (field.text().isEmpty() && type.element() != ScalarType.STRING) {
                return null;
            }
            return scalar(field.text(), type.element(), row, column);
        }
        if (field.text().isEmpty()) {
            return List.of();
        }
        List<Object> elements = new ArrayList<>();
        for (String element : split(field.text())) {
            if (element.isBlank() && type.element() != ScalarType.STRING) {
                throw new DataError(source, row, column,
                        "empty element in `" + field.text() + "`, a " + type.headerName() + " array");
            }
            elements.add(scalar(element, type.element(), row, column));
        }
        return Collections.unmodifiableList(elements);
    }

    /** Splits on the array delimiter, keeping empty elements (quotes have already been removed). */
    List<String> split(String text) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == arrayDelimiter) {
                parts.add(text.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(text.substring(start));
        return parts;
    }

    private Object scalar(String text, ScalarType type, long row, String column) {
        if (type == ScalarType.STRING) {
            return text;
        }
        String value = text.strip();
        if (type.isInteger()) {
            try {
                long number = Long.parseLong(value);
                if (type.inRange(number)) {
                    return number;
                }
            } catch (NumberFormatException e) {
                if (!value.matches("[+-]?\\d+")) {
                    throw bad(text, type, row, column, "");
                }
            }
            throw bad(text, type, row, column, " (out of range)");
        }
        if (type == ScalarType.BOOLEAN) {
            if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
                return Boolean.valueOf(value.equalsIgnoreCase("true"));
            }
            throw bad(text, type, row, column, " (expected true or false)");
        }
        if (DECIMAL.matcher(value).matches()) {
            return Double.valueOf(value);
        }
        throw bad(text, type, row, column, "");
    }

    private DataError bad(String text, ScalarType type, long row, String column, String why) {
        return new DataError(source, row, column, "`" + text + "` is not a valid " + type.headerName() + why);
    }
}
