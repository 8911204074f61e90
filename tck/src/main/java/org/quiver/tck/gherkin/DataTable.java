package org.quiver.tck.gherkin;

import java.util.List;

/** A Gherkin data table: rows of cells, already unescaped ({@code \|}, {@code \\}, {@code \n}) and trimmed. */
public record DataTable(List<List<String>> rows) {
    public DataTable {
        rows = rows.stream().map(List::copyOf).toList();
        for (List<String> row : rows) {
            if (row.size() != rows.get(0).size()) {
                throw new IllegalArgumentException("table rows differ in width: " + rows);
            }
        }
    }

    /** The first row, which the TCK uses as the column names of an expected result. */
    public List<String> header() {
        return rows.isEmpty() ? List.of() : rows.get(0);
    }

    /** The rows after the header. */
    public List<List<String>> body() {
        return rows.isEmpty() ? List.of() : rows.subList(1, rows.size());
    }
}
