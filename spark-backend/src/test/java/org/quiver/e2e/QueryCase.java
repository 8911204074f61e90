package org.quiver.e2e;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One case of a {@code .cases} file: a query over a named graph, its parameters, and either the
 * expected rows (with column names, in order or not) or the expected error type and detail.
 */
record QueryCase(String file, int line, String name, String graph, String query, Map<String, Object> parameters,
        List<String> columns, List<List<Object>> rows, boolean ordered, Optional<String> error,
        Optional<String> effects, List<TableProcedure> procedures) {

    /** A procedure the case may call: its signature and its table. */
    record TableProcedure(String signature, List<Map<String, Object>> rows) {
    }

    /** The statements of the case: lines holding only {@code ;} separate them; each runs on the graph the one before left. */
    List<String> statements() {
        return java.util.Arrays.stream(query.split("(?m)^;\\s*$")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** Cells of a row line, split at {@code |} outside quotes and brackets. */
    static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        int depth = 0;
        char quote = 0;
        StringBuilder cell = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == '\\' && i + 1 < line.length()) {
                    cell.append(c).append(line.charAt(++i));
                    continue;
                }
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '[' || c == '{' || c == '(') {
                depth++;
            } else if (c == ']' || c == '}' || c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                cells.add(cell.toString().trim());
                cell.setLength(0);
                continue;
            }
            cell.append(c);
        }
        cells.add(cell.toString().trim());
        return cells;
    }
}
