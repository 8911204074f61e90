package org.quiver.tck.values;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TckValueParserTest {
    @Test
    void scalars() {
        assertNull(TckValueParser.parse("null"));
        assertEquals(true, TckValueParser.parse("true"));
        assertEquals(false, TckValueParser.parse(" false "));
        assertEquals(-42L, TckValueParser.parse("-42"));
        assertEquals(9223372036854775807L, TckValueParser.parse("9223372036854775807"));
        assertEquals(1.5, TckValueParser.parse("1.5"));
        assertEquals(-1.2635418652381264e305, TckValueParser.parse("-1.2635418652381264e305"));
        assertEquals(1e-305, TckValueParser.parse("1e-305"));
        assertEquals(Double.NaN, TckValueParser.parse("NaN"));
        assertEquals(Double.POSITIVE_INFINITY, TckValueParser.parse("Inf"));
        assertEquals(Double.NEGATIVE_INFINITY, TckValueParser.parse("-Inf"));
    }

    @Test
    void integersAndFloatsStayApart() {
        assertEquals(Long.class, TckValueParser.parse("1").getClass());
        assertEquals(Double.class, TckValueParser.parse("1.0").getClass());
        assertEquals(Double.class, TckValueParser.parse("1e3").getClass());
    }

    @Test
    void stringsInSingleQuotesWithEscapes() {
        assertEquals("", TckValueParser.parse("''"));
        assertEquals("it's", TckValueParser.parse("'it\\'s'"));
        assertEquals("a\\b\"", TckValueParser.parse("'a\\\\b\"'"));
        assertEquals("tab\there\u00e9", TckValueParser.parse("'tab\\there\\u00e9'"));
        assertEquals("[a, b]", TckValueParser.parse("'[a, b]'"));
    }

    @Test
    void listsAndMapsNest() {
        assertEquals(List.of(), TckValueParser.parse("[]"));
        assertEquals(Arrays.asList(1L, null, List.of("x")), TckValueParser.parse("[1, null, ['x']]"));
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("name", "A");
        expected.put("k", null);
        expected.put("odd key", List.of(2.0));
        assertEquals(expected, TckValueParser.parse("{name: 'A', k: null, `odd key`: [2.0]}"));
        assertEquals(Map.of(), TckValueParser.parse("{}"));
    }

    @Test
    void nodesAndRelationships() {
        assertEquals(new ExpectedNode(List.of(), Map.of()), TckValueParser.parse("()"));
        assertEquals(new ExpectedNode(List.of("A", "B"), Map.of("name", "x")),
                TckValueParser.parse("(:B:A {name: 'x'})"));
        assertEquals(new ExpectedRelationship("T", Map.of()), TckValueParser.parse("[:T]"));
        assertEquals(new ExpectedRelationship("KNOWS", Map.of("since", 1L)), TckValueParser.parse("[:KNOWS {since: 1}]"));
        assertEquals(List.of(new ExpectedRelationship("T", Map.of())), TckValueParser.parse("[[:T]]"));
    }

    @Test
    void paths() {
        ExpectedNode a = new ExpectedNode(List.of("A"), Map.of());
        ExpectedNode b = new ExpectedNode(List.of("B"), Map.of());
        ExpectedNode c = new ExpectedNode(List.of(), Map.of());
        assertEquals(new ExpectedPath(List.of(a, b, c),
                        List.of(new ExpectedRelationship("T", Map.of()), new ExpectedRelationship("U", Map.of("x", 1L))),
                        List.of(true, false)),
                TckValueParser.parse("<(:A)-[:T]->(:B)<-[:U {x: 1}]-()>"));
        assertEquals(new ExpectedPath(List.of(a), List.of(), List.of()), TckValueParser.parse("<(:A)>"));
    }

    @Test
    void rejectsWhatIsNotOneValue() {
        assertThrows(IllegalArgumentException.class, () -> TckValueParser.parse("1 2"));
        assertThrows(IllegalArgumentException.class, () -> TckValueParser.parse("'open"));
        assertThrows(IllegalArgumentException.class, () -> TckValueParser.parse("[1,"));
        assertThrows(IllegalArgumentException.class, () -> TckValueParser.parse("maybe"));
        assertThrows(IllegalArgumentException.class, () -> TckValueParser.parse("{a: 1, a: 2}"));
        assertThrows(IllegalArgumentException.class, () -> TckValueParser.parse("<(:A)-[:T]-(:B)>"));
    }
}
