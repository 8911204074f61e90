package org.quiver.format;

import java.io.IOException;
import java.io.Writer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.quiver.api.CypherResult;

/**
 * Rows as an aligned table, the way cypher-shell prints them, then the row count and the time the
 * query took:
 *
 * <pre>
 * +---------+----------+
 * | p.name  | count(f) |
 * +---------+----------+
 * | "Alice" | 2        |
 * +---------+----------+
 *
 * 1 row (35 ms)
 * </pre>
 *
 * <p>Cells are {@link CypherValueText}. Widths count code points, so wide (East Asian) characters
 * and combining marks can misalign a column. A table given a maximum width (a terminal's) narrows
 * its widest columns until it fits, cutting their cells short with {@code …}.
 */
public final class TableFormat implements ResultFormat {
    /** Narrower than this, a column would show too little to be worth fitting. */
    private static final int MIN_COLUMN_WIDTH = 3;

    private final int maxWidth;
    private final boolean showsElapsed;

    /** A table as wide as its cells, then the row count and the time. */
    public TableFormat() {
        this(Integer.MAX_VALUE, true);
    }

    /**
     * A table at most {@code maxWidth} characters wide, as far as columns of three characters allow;
     * the time after the row count only when {@code showsElapsed}.
     */
    public TableFormat(int maxWidth, boolean showsElapsed) {
        this.maxWidth = maxWidth;
        this.showsElapsed = showsElapsed;
    }

    @Override
    public void write(CypherResult result, Duration elapsed, Writer out) throws IOException {
        List<List<String>> cells = new ArrayList<>();
        cells.add(result.columns());
        for (List<Object> row : result.rows()) {
            cells.add(row.stream().map(CypherValueText::of).toList());
        }
        int[] widths = fitted(widths(cells, result.columns().size()));
        String border = border(widths);
        out.write(border);
        for (int i = 0; i < cells.size(); i++) {
            out.write(line(cells.get(i), widths));
            if (i == 0) {
                out.write(border);
            }
        }
        if (cells.size() > 1) {
            out.write(border);
        }
        int rows = cells.size() - 1;
        out.write("\n" + rows + (rows == 1 ? " row" : " rows")
                + (showsElapsed ? " (" + elapsed.toMillis() + " ms)" : "") + "\n");
    }

    private static int[] widths(List<List<String>> cells, int columns) {
        int[] widths = new int[columns];
        for (List<String> row : cells) {
            for (int c = 0; c < columns; c++) {
                widths[c] = Math.max(widths[c], length(row.get(c)));
            }
        }
        return widths;
    }

    /** Takes a character at a time from the widest column until the table fits. */
    private int[] fitted(int[] widths) {
        int total = 1;
        for (int width : widths) {
            total += width + 3;
        }
        while (total > maxWidth) {
            int widest = 0;
            for (int c = 1; c < widths.length; c++) {
                widest = widths[c] > widths[widest] ? c : widest;
            }
            if (widths.length == 0 || widths[widest] <= MIN_COLUMN_WIDTH) {
                break;
            }
            widths[widest]--;
            total--;
        }
        return widths;
    }

    private static String border(int[] widths) {
        StringBuilder out = new StringBuilder("+");
        for (int width : widths) {
            out.append("-".repeat(width + 2)).append('+');
        }
        return out.append('\n').toString();
    }

    private static String line(List<String> cells, int[] widths) {
        StringBuilder out = new StringBuilder("|");
        for (int c = 0; c < widths.length; c++) {
            String cell = cut(cells.get(c), widths[c]);
            out.append(' ').append(cell).append(" ".repeat(widths[c] - length(cell))).append(" |");
        }
        return out.append('\n').toString();
    }

    private static String cut(String cell, int width) {
        if (length(cell) <= width) {
            return cell;
        }
        return cell.substring(0, cell.offsetByCodePoints(0, width - 1)) + "…";
    }

    private static int length(String text) {
        return text.codePointCount(0, text.length());
    }
}
