package org.quiver.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

    private static List<CsvRecord> read(String text, char delimiter) {
        CsvReader reader = new CsvReader(new StringReader(text), delimiter);
        List<CsvRecord> records = new ArrayList<>();
        for (var next = reader.next(); next.isPresent(); next = reader.next()) {
            records.add(next.get());
        }
        return records;
    }

    private static List<CsvRecord> read(String text) {
        return read(text, ',');
    }

    private static List<String> texts(CsvRecord record) {
        return record.fields().stream().map(CsvField::text).toList();
    }

    @Test
    void splitsPlainFields() {
        List<CsvRecord> records = read("a,b,c\n1,2,3\n");
        assertEquals(2, records.size());
        assertEquals(List.of("a", "b", "c"), texts(records.get(0)));
        assertEquals(List.of("1", "2", "3"), texts(records.get(1)));
        assertEquals(2, records.get(1).line());
    }

    @Test
    void quotedFieldsHoldDelimitersQuotesAndLineBreaks() {
        List<CsvRecord> records = read("id,text\n1,\"a, \"\"quoted\"\"\nline\"\n2,x\n");
        assertEquals(List.of("1", "a, \"quoted\"\nline"), texts(records.get(1)));
        assertTrue(records.get(1).field(1).quoted());
        assertEquals(2, records.get(1).line());
        assertEquals(4, records.get(2).line(), "a record after a two-line record starts on line 4");
    }

    @Test
    void tellsQuotedEmptyFromUnquotedEmpty() {
        CsvRecord record = read("a,\"\",,\"\"").get(0);
        assertFalse(record.field(1).isAbsent());
        assertTrue(record.field(2).isAbsent());
        assertFalse(record.field(3).isAbsent());
        assertEquals(4, record.size());
    }

    @Test
    void trailingDelimiterMeansAnEmptyLastField() {
        assertEquals(List.of("a", ""), texts(read("a,\n").get(0)));
    }

    @Test
    void acceptsCrLfAndCrLineEnds() {
        List<CsvRecord> crlf = read("a,b\r\n1,\"x\r\ny\"\r\n3,4\r\n");
        assertEquals(3, crlf.size());
        assertEquals(List.of("1", "x\r\ny"), texts(crlf.get(1)));
        assertEquals(4, crlf.get(2).line());
        List<CsvRecord> cr = read("a,b\r1,2\r");
        assertEquals(List.of("1", "2"), texts(cr.get(1)));
        assertEquals(2, cr.get(1).line());
    }

    @Test
    void skipsBlankLinesButCountsThem() {
        List<CsvRecord> records = read("a\n\n\nb\n");
        assertEquals(2, records.size());
        assertEquals(4, records.get(1).line());
    }

    @Test
    void dropsUtf8ByteOrderMarkAndDecodesUtf8() {
        byte[] bytes = "\uFEFFname,city\nZoë,東京\n".getBytes(StandardCharsets.UTF_8);
        CsvReader reader = CsvReader.utf8(new ByteArrayInputStream(bytes), ',');
        assertEquals(List.of("name", "city"), texts(reader.next().orElseThrow()));
        assertEquals(List.of("Zoë", "東京"), texts(reader.next().orElseThrow()));
        assertTrue(reader.next().isEmpty());
    }

    @Test
    void usesTheGivenDelimiter() {
        assertEquals(List.of("a,b", "c"), texts(read("a,b|c", '|').get(0)));
    }

    @Test
    void keepsAQuoteInsideAnUnquotedField() {
        assertEquals(List.of("5'11\"", "x"), texts(read("5'11\",x").get(0)));
    }

    @Test
    void rejectsAnUnterminatedQuoteAtTheLineTheRecordStarts() {
        var e = assertThrows(MalformedCsvException.class, () -> read("a,b\n1,\"open\n2,3\n"));
        assertEquals(2, e.line());
        assertEquals(1, e.fieldIndex());
    }

    @Test
    void rejectsTextAfterAClosingQuote() {
        var e = assertThrows(MalformedCsvException.class, () -> read("a,b\n\"x\"y,2\n"));
        assertEquals(2, e.line());
        assertEquals(0, e.fieldIndex());
    }

    @Test
    void rejectsBytesThatAreNotUtf8() {
        byte[] bytes = {'a', '\n', (byte) 0xC3, (byte) 0x28, '\n'};
        CsvReader reader = CsvReader.utf8(new ByteArrayInputStream(bytes), ',');
        var e = assertThrows(MalformedCsvException.class, () -> {
            while (reader.next().isPresent()) {
                // read to the bad bytes
            }
        });
        assertTrue(e.getMessage().contains("UTF-8"), e.getMessage());
    }
}
