package org.quiver.format;

import java.io.IOException;
import java.io.Writer;
import java.time.Duration;
import java.util.List;
import org.quiver.api.CypherResult;

/**
 * A result as CSV: a header of column names, then one line per row, quoted as RFC 4180 says
 * (a field holding a comma, a quote or a line break is put in double quotes, its quotes doubled).
 * Lines end with {@code \n}, not RFC 4180's CRLF, so the output suits line-based shell tools.
 *
 * <p>Strings are written as they are, numbers and booleans as in JSON (non-finite floats as
 * {@code NaN}, {@code Infinity}, {@code -Infinity}), lists, maps, nodes and relationships as their
 * JSON text. {@code null} is an empty field and the empty string is
 * {@code ""}, so the two stay apart (PostgreSQL's CSV convention).
 */
public final class CsvFormat implements ResultFormat {

    @Override
    public void write(CypherResult result, Duration elapsed, Writer out) throws IOException {
        line(out, result.columns());
        for (List<Object> row : result.rows()) {
            line(out, row);
        }
    }

    private static void line(Writer out, List<?> values) throws IOException {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(field(values.get(i)));
        }
        out.write('\n');
    }

    private static String field(Object value) {
        if (value == null) {
            return "";
        }
        String text;
        if (value instanceof String s) {
            text = s;
        } else if (value instanceof Double || value instanceof Float) {
            // Not JSON's quoted "NaN": a CSV field is text already, and spreadsheets read NaN and Infinity.
            text = Double.toString(((Number) value).doubleValue());
        } else {
            text = JsonWriter.toJson(value);
        }
        if (text.isEmpty() || text.chars().anyMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r')) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
