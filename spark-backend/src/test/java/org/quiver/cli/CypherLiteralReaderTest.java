package org.quiver.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CypherLiteralReaderTest {

    @Test
    void integers() {
        assertEquals(42L, CypherLiteralReader.read("42"));
        assertEquals(-7L, CypherLiteralReader.read(" -7 "));
        assertEquals(31L, CypherLiteralReader.read("0x1F"));
        assertEquals(15L, CypherLiteralReader.read("0o17"));
        assertEquals(Long.MIN_VALUE, CypherLiteralReader.read("-9223372036854775808"));
        assertThrows(IllegalArgumentException.class, () -> CypherLiteralReader.read("9223372036854775808"));
    }

    @Test
    void floats() {
        assertEquals(1.5, CypherLiteralReader.read("1.5"));
        assertEquals(0.5, CypherLiteralReader.read(".5"));
        assertEquals(1000.0, CypherLiteralReader.read("1e3"));
        assertEquals(-2.5e-3, CypherLiteralReader.read("-2.5E-3"));
    }

    @Test
    void stringsInEitherQuoteWithEscapes() {
        assertEquals("Alice", CypherLiteralReader.read("'Alice'"));
        assertEquals("it's", CypherLiteralReader.read("\"it's\""));
        assertEquals("a'b\"c\n\t\\é", CypherLiteralReader.read("'a\\'b\\\"c\\n\\t\\\\\\u00e9'"));
        assertEquals("", CypherLiteralReader.read("''"));
    }

    @Test
    void keywordsInAnyCase() {
        assertEquals(true, CypherLiteralReader.read("true"));
        assertEquals(false, CypherLiteralReader.read("FALSE"));
        assertNull(CypherLiteralReader.read("Null"));
    }

    @Test
    void listsAndMapsNest() {
        assertEquals(List.of(1L, "a", List.of()), CypherLiteralReader.read("[1, 'a', []]"));
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("name", "Alice");
        expected.put("odd key", Arrays.asList(1.0, null));
        expected.put("empty", Map.of());
        assertEquals(expected, CypherLiteralReader.read("{name: 'Alice', `odd key`: [1.0, null], \"empty\": {}}"));
    }

    @Test
    void whatIsNotOneLiteralIsRejected() {
        for (String text : List.of("Alice", "12abc", "[1, 2", "{a 1}", "'open", "1 2", "", "{a: 1, a: 2}", "[1,]", "-")) {
            assertThrows(IllegalArgumentException.class, () -> CypherLiteralReader.read(text), text);
        }
    }

    @Test
    void errorsSayWhere() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CypherLiteralReader.read("[1, 2"));
        assertEquals("expected ']' at character 6", e.getMessage());
    }
}
