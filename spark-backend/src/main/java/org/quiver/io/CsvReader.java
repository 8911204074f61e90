package org.quiver.io;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Splits RFC 4180 text into records: fields separated by one delimiter character, optionally
 * quoted with {@code "}, a doubled quote inside quotes standing for one; quoted fields may hold
 * delimiters and line breaks. Records end at LF, CRLF or CR. A UTF-8 byte order mark at the start
 * is dropped. Lines with no characters at all are skipped (as neo4j-admin does), so a trailing
 * line break or a blank line between records is not a record with one empty field.
 *
 * <p>Written here rather than using univocity-parsers (on the classpath only as Spark's own
 * dependency): the loader needs, for every record, the line it starts on and, for every field,
 * whether it was quoted; and an unterminated quote must be an error at the line where the record
 * begins, not a field that silently swallows the rest of the file. That is less code to own here
 * than to configure and verify there.
 *
 * <p>A quote inside an unquoted field is kept as a character (lenient, like neo4j-admin); text
 * between a closing quote and the next delimiter is an error.
 */
final class CsvReader implements Closeable {
    private static final int END = -1;
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final Reader in;
    private final char delimiter;
    private final char[] buffer = new char[8192];
    private int position;
    private int length;
    private long line = 1;
    private int previous = END;
    private boolean started;
    private long recordLine;
    private int fieldIndex;

    CsvReader(Reader in, char delimiter) {
        this.in = in;
        this.delimiter = delimiter;
    }

    /** A reader of UTF-8 bytes that reports malformed input instead of replacing it. */
    static CsvReader utf8(InputStream bytes, char delimiter) {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return new CsvReader(new InputStreamReader(bytes, decoder), delimiter);
    }

    /** The next record, or empty at the end of the input. */
    Optional<CsvRecord> next() {
        int c = read();
        if (!started) {
            started = true;
            if (c == BYTE_ORDER_MARK) {
                c = read();
            }
        }
        while (c == '\n' || c == '\r') {
            c = read();
        }
        if (c == END) {
            return Optional.empty();
        }
        recordLine = line;
        fieldIndex = 0;
        List<CsvField> fields = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        while (true) {
            text.setLength(0);
            boolean quoted = c == '"';
            c = quoted ? readQuoted(text) : readUnquoted(c, text);
            fields.add(new CsvField(text.toString(), quoted));
            if (c != delimiter) {
                // A CR of a CRLF leaves its LF to be skipped as an empty line by the next call.
                return Optional.of(new CsvRecord(recordLine, fields));
            }
            fieldIndex++;
            c = read();
        }
    }

    /** Reads an unquoted field starting with {@code c}; returns the character that ended it. */
    private int readUnquoted(int c, StringBuilder text) {
        while (c != delimiter && c != '\n' && c != '\r' && c != END) {
            text.append((char) c);
            c = read();
        }
        return c;
    }

    /** Reads a quoted field after its opening quote; returns the character after the closing quote. */
    private int readQuoted(StringBuilder text) {
        while (true) {
            int c = read();
            if (c == END) {
                throw malformed("unterminated quoted field (no closing quote before the end of the file)");
            }
            if (c == '"') {
                c = read();
                if (c != '"') {
                    if (c != delimiter && c != '\n' && c != '\r' && c != END) {
                        throw malformed("unexpected character '" + (char) c + "' after a closing quote");
                    }
                    return c;
                }
            }
            text.append((char) c);
        }
    }

    private MalformedCsvException malformed(String reason) {
        return new MalformedCsvException(recordLine, fieldIndex, reason);
    }

    /** The next character, counting lines: LF, CR and CRLF each end one line. */
    private int read() {
        if (position == length && !fill()) {
            previous = END;
            return END;
        }
        char c = buffer[position++];
        if (c == '\r' || (c == '\n' && previous != '\r')) {
            line++;
        }
        previous = c;
        return c;
    }

    private boolean fill() {
        try {
            int n;
            do {
                n = in.read(buffer, 0, buffer.length);
            } while (n == 0);
            position = 0;
            length = Math.max(n, 0);
            return n > 0;
        } catch (CharacterCodingException e) {
            throw new MalformedCsvException(started ? line : 1, fieldIndex, "the file is not valid UTF-8");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
