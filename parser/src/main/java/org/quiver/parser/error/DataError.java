package org.quiver.parser.error;

/**
 * Bad input data: names the file (or table), the 1-based row and the column where it was found.
 * Row 1 is a file's header line.
 */
public final class DataError extends CypherException {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final long row;
    private final String column;

    public DataError(String source, long row, String column, String reason) {
        super(null, describe(source, row, column, reason), null, null, null);
        this.source = source;
        this.row = row;
        this.column = column;
    }

    private static String describe(String source, long row, String column, String reason) {
        StringBuilder out = new StringBuilder(source);
        if (row > 0) {
            out.append(", row ").append(row);
        }
        if (column != null && !column.isEmpty()) {
            out.append(", column ").append(column);
        }
        return out.append(": ").append(reason).toString();
    }

    @Override
    public String errorType() {
        return "DataError";
    }

    public String source() {
        return source;
    }

    /** The 1-based row, or 0 when the error is about the whole file. */
    public long row() {
        return row;
    }

    public String column() {
        return column;
    }

    @Override
    public DataError withQuery(String query) {
        return this;
    }
}
