package org.quiver.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quiver.api.Node;
import org.quiver.api.Relationship;

class CypherValueTextTest {

    @Test
    void scalarsAsCypherShellShowsThem() {
        assertEquals("null", CypherValueText.of(null));
        assertEquals("42", CypherValueText.of(42L));
        assertEquals("1.0", CypherValueText.of(1.0));
        assertEquals("1.0E10", CypherValueText.of(1e10));
        assertEquals("NaN", CypherValueText.of(Double.NaN));
        assertEquals("true", CypherValueText.of(true));
        assertEquals("\"Alice\"", CypherValueText.of("Alice"));
    }

    @Test
    void stringsEscapeQuotesAndLineBreaks() {
        assertEquals("\"a \\\"b\\\"\\nc\\\\\"", CypherValueText.of("a \"b\"\nc\\"));
    }

    @Test
    void listsAndMaps() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("a", 1L);
        map.put("odd key", Arrays.asList("x", null));
        assertEquals("[1, [2.5], {a: 1, `odd key`: [\"x\", null]}]", CypherValueText.of(List.of(1L, List.of(2.5), map)));
        assertEquals("[]", CypherValueText.of(List.of()));
        assertEquals("{}", CypherValueText.of(Map.of()));
    }

    @Test
    void nodes() {
        assertEquals("(:Person {age: 33, name: \"Alice\"})",
                CypherValueText.of(new Node(1, List.of("Person"), Map.of("name", "Alice", "age", 33L))));
        assertEquals("(:City:Capital)", CypherValueText.of(new Node(2, List.of("City", "Capital"), Map.of())));
        assertEquals("({x: 1})", CypherValueText.of(new Node(3, List.of(), Map.of("x", 1L))));
        assertEquals("()", CypherValueText.of(new Node(4, List.of(), Map.of())));
    }

    @Test
    void relationships() {
        assertEquals("[:KNOWS {since: 2010}]",
                CypherValueText.of(new Relationship(1, "KNOWS", 1, 2, Map.of("since", 2010L))));
        assertEquals("[:`WORKS AT`]", CypherValueText.of(new Relationship(2, "WORKS AT", 1, 2, Map.of())));
    }
}
