package org.quiver.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quiver.parser.error.DataError;

class CellParserTest {
    private final CellParser cells = new CellParser("nodes/Test.csv", ';');

    private Object parse(String text, String type) {
        return parse(new CsvField(text, false), type);
    }

    private Object parse(CsvField field, String type) {
        boolean array = type.endsWith("[]");
        ScalarType scalar = ScalarType.named(array ? type.substring(0, type.length() - 2) : type).orElseThrow();
        return cells.parse(field, new PropertyType(scalar, array), 7, "x:" + type);
    }

    private DataError error(String text, String type) {
        DataError e = assertThrows(DataError.class, () -> parse(text, type));
        assertEquals("nodes/Test.csv", e.source());
        assertEquals(7, e.row());
        assertEquals("x:" + type, e.column());
        return e;
    }

    @Test
    void integersOfEveryWidthAreLongs() {
        assertEquals(42L, parse("42", "int"));
        assertEquals(-9_000_000_000L, parse("-9000000000", "long"));
        assertEquals(-128L, parse("-128", "byte"));
        assertEquals(32767L, parse(" 32767 ", "short"));
    }

    @Test
    void floatsAreDoubles() {
        assertEquals(1.5, parse("1.5", "float"));
        assertEquals(0.1, parse("0.1", "float"), "a float keeps its 64-bit value");
        assertEquals(-2.5e-3, parse("-2.5e-3", "double"));
        assertEquals(7.0, parse("7", "double"));
    }

    @Test
    void booleansAreTrueOrFalseInAnyCase() {
        assertEquals(true, parse("TRUE", "boolean"));
        assertEquals(false, parse("False", "boolean"));
        assertTrue(error("yes", "boolean").reason().contains("`yes` is not a valid boolean"));
        error("1", "boolean");
    }

    @Test
    void stringsAreKeptAsWritten() {
        assertEquals("  spaced ", parse("  spaced ", "string"));
    }

    @Test
    void emptyIsAbsentUnlessAQuotedString() {
        for (String type : List.of("string", "int", "float", "boolean", "string[]", "int[]")) {
            assertNull(parse("", type), type);
        }
        assertEquals("", parse(new CsvField("", true), "string"));
        assertNull(parse(new CsvField("", true), "int"));
        assertEquals(List.of(), parse(new CsvField("", true), "string[]"));
    }

    @Test
    void arraysSplitOnTheArrayDelimiter() {
        assertEquals(List.of(1L, 2L, 3L), parse("1;2; 3", "int[]"));
        assertEquals(List.of(1.5, 2.0), parse("1.5;2", "double[]"));
        assertEquals(List.of(true, false), parse("true;FALSE", "boolean[]"));
        assertEquals(List.of("a", "", "b c"), parse("a;;b c", "string[]"));
        assertEquals(List.of("a,b"), parse(new CsvField("a,b", true), "string[]"));
    }

    @Test
    void rejectsValuesThatDoNotParse() {
        assertTrue(error("12x", "int").reason().contains("`12x` is not a valid int"));
        assertTrue(error("128", "byte").reason().contains("out of range"));
        assertTrue(error("2147483648", "int").reason().contains("out of range"));
        assertTrue(error("99999999999999999999", "long").reason().contains("out of range"));
        error("1.5", "long");
        error("1,5", "double");
        error("1.5f", "float");
        error("1;x;3", "int[]");
        assertTrue(error("1;;3", "int[]").reason().contains("empty element"));
    }
}
