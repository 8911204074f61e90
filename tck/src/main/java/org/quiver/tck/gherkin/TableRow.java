package org.quiver.tck.gherkin;

import java.util.ArrayList;
import java.util.List;

/** Splits a {@code | a | b |} line into cells, undoing Gherkin's escapes {@code \|}, {@code \\} and {@code \n}. */
final class TableRow {
    private TableRow() {
    }

    /**
     * The cells, or an {@link IllegalArgumentException} when the line does not end with {@code |}. A
     * lone {@code |} is a row without cells (the TCK writes procedures without outputs so).
     */
    static List<String> cells(String trimmedLine) {
        if (trimmedLine.equals("|")) {
            return List.of();
        }
        if (!trimmedLine.endsWith("|")) {
            throw new IllegalArgumentException("table row must end with |: " + trimmedLine);
        }
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        for (int i = 1; i < trimmedLine.length(); i++) {
            char c = trimmedLine.charAt(i);
            if (c == '\\' && i + 1 < trimmedLine.length()) {
                char escaped = trimmedLine.charAt(i + 1);
                switch (escaped) {
                    case '|' -> cell.append('|');
                    case '\\' -> cell.append('\\');
                    case 'n' -> cell.append('\n');
                    default -> cell.append(c).append(escaped);
                }
                i++;
            } else if (c == '|') {
                cells.add(trimBlanks(cell));
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        return cells;
    }

    /** Only spaces and tabs: a newline written as {@code \n} at a cell's edge is content. */
    private static String trimBlanks(CharSequence cell) {
        int start = 0;
        int end = cell.length();
        while (start < end && (cell.charAt(start) == ' ' || cell.charAt(start) == '\t')) {
            start++;
        }
        while (end > start && (cell.charAt(end - 1) == ' ' || cell.charAt(end - 1) == '\t')) {
            end--;
        }
        return cell.subSequence(start, end).toString();
    }
}
