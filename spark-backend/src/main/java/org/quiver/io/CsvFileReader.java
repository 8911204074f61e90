package org.quiver.io;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.quiver.parser.error.DataError;

/**
 * One CSV file of a graph directory: its parsed header, then its records, each checked to have as
 * many fields as the header. Malformed text becomes a {@link DataError} naming the column.
 */
final class CsvFileReader implements Closeable {
    private final CsvReader reader;
    private final String source;
    private final CsvHeader header;

    private CsvFileReader(CsvReader reader, String source) {
        this.reader = reader;
        this.source = source;
        CsvRecord first = read(null).orElseThrow(() ->
                new DataError(source, 1, null, "the file is empty; it needs at least a header line"));
        this.header = HeaderParser.parse(source, first);
    }

    /** Opens {@code file}, named {@code source} in errors, and reads its header. */
    static CsvFileReader open(Path file, String source, char delimiter) {
        CsvReader reader;
        try {
            reader = CsvReader.utf8(Files.newInputStream(file), delimiter);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        try {
            return new CsvFileReader(reader, source);
        } catch (RuntimeException e) {
            closeQuietly(reader, e);
            throw e;
        }
    }

    String source() {
        return source;
    }

    CsvHeader header() {
        return header;
    }

    /** The next record, with exactly one field per header column; empty at the end of the file. */
    Optional<CsvRecord> next() {
        Optional<CsvRecord> next = read(header);
        next.ifPresent(record -> {
            if (record.size() < header.size()) {
                throw new DataError(source, record.line(), header.columnName(record.size()),
                        "the row has " + record.size() + " fields but the header has " + header.size());
            }
            if (record.size() > header.size()) {
                throw new DataError(source, record.line(), header.columnName(header.size()),
                        "the row has " + record.size() + " fields but the header has " + header.size());
            }
        });
        return next;
    }

    private Optional<CsvRecord> read(CsvHeader columns) {
        try {
            return reader.next();
        } catch (MalformedCsvException e) {
            String column = columns == null ? "#" + (e.fieldIndex() + 1) : columns.columnName(e.fieldIndex());
            throw new DataError(source, e.line(), column, e.getMessage());
        }
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void closeQuietly(CsvReader reader, RuntimeException failure) {
        try {
            reader.close();
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }
}
