package org.quiver.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quiver.api.Node;
import org.quiver.api.Relationship;

class JsonWriterTest {

    @Test
    void integersAreJsonIntegers() {
        assertEquals("[1,-7,9223372036854775807,3]", JsonWriter.toJson(List.of(1L, -7L, Long.MAX_VALUE, 3)));
    }

    @Test
    void floatsAlwaysHaveAPointOrAnExponent() {
        assertEquals("[1.0,0.1,-2.5,1.0E10,1.0E-5,-0.0]", JsonWriter.toJson(List.of(1.0, 0.1, -2.5, 1e10, 1e-5, -0.0)));
    }

    @Test
    void nonFiniteFloatsAreStrings() {
        assertEquals("[\"NaN\",\"Infinity\",\"-Infinity\"]",
                JsonWriter.toJson(List.of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY)));
    }

    @Test
    void stringsEscapeWhatJsonRequires() {
        assertEquals("\"say \\\"hi\\\" \\\\ now\\n\\ttab\\r\\b\\f\\u0001\"",
                JsonWriter.toJson("say \"hi\" \\ now\n\ttab\r\b\f\u0001"));
    }

    @Test
    void nonAsciiTextIsKeptAndLoneSurrogatesAreEscaped() {
        assertEquals("\"Björn 陈伟 😀\"", JsonWriter.toJson("Björn 陈伟 😀"));
        assertEquals("\"a\\ud800b\\udc00\"", JsonWriter.toJson("a\ud800b\udc00"));
        assertEquals("\"\\u2028\"", JsonWriter.toJson("\u2028"));
    }

    @Test
    void booleansAndNull() {
        assertEquals("[true,false,null]", JsonWriter.toJson(Arrays.asList(true, false, null)));
    }

    @Test
    void nestedListsAndMapsKeepTheirOrder() {
        Map<String, Object> inner = new LinkedHashMap<>();
        inner.put("z", List.of(1L, List.of()));
        inner.put("a", null);
        assertEquals("{\"m\":{\"z\":[1,[]],\"a\":null},\"e\":{}}",
                JsonWriter.toJson(orderedMap("m", inner, "e", Map.of())));
    }

    @Test
    void nodesHaveIdLabelsAndProperties() {
        Node alice = new Node(3, List.of("Person", "Admin"), Map.of("name", "Alice", "age", 33L));
        assertEquals("{\"id\":3,\"labels\":[\"Person\",\"Admin\"],\"properties\":{\"age\":33,\"name\":\"Alice\"}}",
                JsonWriter.toJson(alice));
    }

    @Test
    void relationshipsHaveIdTypeEndsAndProperties() {
        Relationship knows = new Relationship(7, "KNOWS", 3, 4, Map.of("since", 2010L));
        assertEquals("{\"id\":7,\"type\":\"KNOWS\",\"start\":3,\"end\":4,\"properties\":{\"since\":2010}}",
                JsonWriter.toJson(knows));
    }

    private static Map<String, Object> orderedMap(String k1, Object v1, String k2, Object v2) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put(k1, v1);
        map.put(k2, v2);
        return map;
    }
}
