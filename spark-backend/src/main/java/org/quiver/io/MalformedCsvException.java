package org.quiver.io;

/**
 * Text that is not CSV (an unterminated quote, text after a closing quote, bytes that are not
 * UTF-8). Thrown by {@link CsvReader}, which does not know the column names; the file reader
 * turns it into a {@link org.quiver.parser.error.DataError} that names the column.
 */
final class MalformedCsvException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final long line;
    private final int fieldIndex;

    MalformedCsvException(long line, int fieldIndex, String reason) {
        super(reason);
        this.line = line;
        this.fieldIndex = fieldIndex;
    }

    /** The line the record starts on. */
    long line() {
        return line;
    }

    /** The 0-based index of the field in its record. */
    int fieldIndex() {
        return fieldIndex;
    }
}
