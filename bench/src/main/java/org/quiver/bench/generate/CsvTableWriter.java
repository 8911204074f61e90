package org.quiver.bench.generate;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One CSV file of a graph directory, written row by row as it is generated (nothing is kept in
 * memory). Fields are quoted only when they must be, and always as RFC 4180 says, so the same
 * values give the same bytes.
 */
final class CsvTableWriter implements AutoCloseable {
    private final BufferedWriter out;
    private final int columns;
    private int field;
    private long rows;

    CsvTableWriter(Path file, String... header) {
        try {
            Files.createDirectories(file.getParent());
            this.out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 20);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.columns = header.length;
        for (String column : header) {
            text(column);
        }
        end();
        rows = 0;
    }

    CsvTableWriter number(long value) {
        return raw(Long.toString(value));
    }

    /** A string value; the empty string is written {@code ""} (an unquoted empty field is an absent property). */
    CsvTableWriter text(String value) {
        boolean quote = value.isEmpty() || value.chars().anyMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r');
        return raw(quote ? '"' + value.replace("\"", "\"\"") + '"' : value);
    }

    /** Ends the current row; every row has exactly as many fields as the header. */
    void end() {
        if (field != columns) {
            throw new IllegalStateException("row has " + field + " fields, header " + columns);
        }
        write("\n");
        field = 0;
        rows++;
    }

    long rows() {
        return rows;
    }

    private CsvTableWriter raw(String value) {
        if (field > 0) {
            write(",");
        }
        write(value);
        field++;
        return this;
    }

    private void write(String s) {
        try {
            out.write(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
