package org.quiver.api;

/**
 * How the CSV files of a graph directory are split: the field delimiter (default {@code ,}) and
 * the delimiter between array elements inside one field (default {@code ;}), as in neo4j-admin
 * import.
 *
 * <pre>{@code
 * PropertyGraph g = session.loadGraph(dir, CsvOptions.DEFAULTS.withDelimiter('|'));
 * }</pre>
 */
public record CsvOptions(char delimiter, char arrayDelimiter) {
    public static final CsvOptions DEFAULTS = new CsvOptions(',', ';');

    public CsvOptions {
        if (delimiter == arrayDelimiter) {
            throw new IllegalArgumentException("the field and array delimiters must differ");
        }
        if (delimiter == '"' || arrayDelimiter == '"' || delimiter == '\n' || delimiter == '\r') {
            throw new IllegalArgumentException("a delimiter may not be a quote or a line break");
        }
    }

    public CsvOptions withDelimiter(char delimiter) {
        return new CsvOptions(delimiter, arrayDelimiter);
    }

    public CsvOptions withArrayDelimiter(char arrayDelimiter) {
        return new CsvOptions(delimiter, arrayDelimiter);
    }
}
