package org.quiver.io;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.quiver.parser.error.DataError;

/**
 * Reads a neo4j-admin header line: each field is {@code name}, {@code name:type} or
 * {@code :keyword}, where the keywords ({@code ID}, {@code LABEL}, {@code TYPE},
 * {@code START_ID}, {@code END_ID}, {@code IGNORE}) and types are matched in any case, and an
 * ID space in parentheses keeps its case.
 */
final class HeaderParser {
    private static final Pattern ID_KEYWORD =
            Pattern.compile("(ID|START_ID|END_ID)(?:\\((.*)\\))?", Pattern.CASE_INSENSITIVE);
    /** Types neo4j-admin knows that Quiver does not load yet. */
    private static final Set<String> NOT_YET_SUPPORTED =
            Set.of("date", "localtime", "time", "localdatetime", "datetime", "duration", "point");

    private HeaderParser() {
    }

    static CsvHeader parse(String source, CsvRecord record) {
        List<HeaderColumn> columns = new ArrayList<>();
        Set<String> propertyKeys = new HashSet<>();
        for (int i = 0; i < record.size(); i++) {
            String field = record.field(i).text().strip();
            String columnName = field.isEmpty() ? "#" + (i + 1) : field;
            HeaderColumn column = column(field, columnName, source, record.line());
            propertyKey(column).ifPresent(key -> {
                if (!propertyKeys.add(key)) {
                    throw new DataError(source, record.line(), columnName,
                            "property `" + key + "` is declared twice in this header");
                }
            });
            columns.add(column);
        }
        return new CsvHeader(source, record.line(), columns);
    }

    private static Optional<String> propertyKey(HeaderColumn column) {
        if (column instanceof PropertyColumn property) {
            return Optional.of(property.key());
        }
        if (column instanceof IdColumn id) {
            return id.propertyKey();
        }
        return Optional.empty();
    }

    private static HeaderColumn column(String field, String columnName, String source, long line) {
        int colon = typeSeparator(field);
        if (colon < 0) {
            if (field.isEmpty()) {
                throw new DataError(source, line, columnName, "a header field may not be empty");
            }
            return new PropertyColumn(field, field, PropertyType.STRING);
        }
        String name = field.substring(0, colon).strip();
        String type = field.substring(colon + 1).strip();
        Matcher id = ID_KEYWORD.matcher(type);
        if (id.matches()) {
            IdSpace space = new IdSpace(id.group(2) == null ? "" : id.group(2).strip());
            return switch (id.group(1).toUpperCase(Locale.ROOT)) {
                case "ID" -> new IdColumn(field, name.isEmpty() ? Optional.empty() : Optional.of(name), space);
                case "START_ID" -> new StartIdColumn(field, space);
                default -> new EndIdColumn(field, space);
            };
        }
        switch (type.toUpperCase(Locale.ROOT)) {
            case "LABEL":
                return new LabelColumn(field);
            case "TYPE":
                return new TypeColumn(field);
            case "IGNORE":
                return new IgnoredColumn(field);
            default:
                break;
        }
        PropertyType propertyType = propertyType(type, columnName, source, line);
        if (name.isEmpty()) {
            throw new DataError(source, line, columnName, "a property column needs a name before `:" + type + "`");
        }
        return new PropertyColumn(field, name, propertyType);
    }

    /** The colon between name and type: the last one outside parentheses (an ID space may hold colons). */
    private static int typeSeparator(String field) {
        int depth = 0;
        int colon = -1;
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth = Math.max(0, depth - 1);
            } else if (c == ':' && depth == 0) {
                colon = i;
            }
        }
        return colon;
    }

    private static PropertyType propertyType(String type, String columnName, String source, long line) {
        boolean array = type.endsWith("[]");
        String element = (array ? type.substring(0, type.length() - 2) : type).strip().toLowerCase(Locale.ROOT);
        if (NOT_YET_SUPPORTED.contains(element)) {
            throw new DataError(source, line, columnName, "type `" + type + "` is not supported yet");
        }
        return ScalarType.named(element)
                .map(scalar -> new PropertyType(scalar, array))
                .orElseThrow(() -> new DataError(source, line, columnName, "unknown type `" + type
                        + "` (expected int, long, float, double, boolean, string, byte, short, an array of"
                        + " one such as int[], or one of ID, LABEL, TYPE, START_ID, END_ID, IGNORE)"));
    }
}
