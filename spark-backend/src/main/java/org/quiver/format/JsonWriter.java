package org.quiver.format;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.quiver.api.Node;
import org.quiver.api.Relationship;

/**
 * Writes Cypher values as JSON text. Ours rather than a library's: the mapping is small and fixed
 * (see {@link #value}), and the command line should not pull in a JSON dependency for it.
 *
 * <pre>{@code
 * new JsonWriter(out).value(List.of(1L, 2.5, "x"));   // [1,2.5,"x"]
 * }</pre>
 *
 * <p>No whitespace is written, so one value is one line (strings escape their line breaks).
 */
public final class JsonWriter {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private final Appendable out;

    public JsonWriter(Appendable out) {
        this.out = out;
    }

    /** The JSON text of one Cypher value. */
    public static String toJson(Object value) {
        StringBuilder text = new StringBuilder();
        new JsonWriter(text).value(value);
        return text.toString();
    }

    /**
     * Writes a Cypher value: integers as JSON integers, floats always with a {@code .} or an
     * exponent (so a reader can tell {@code 1.0} from {@code 1}), the non-finite floats as the
     * strings {@code "NaN"}, {@code "Infinity"} and {@code "-Infinity"} (JSON has no literal for
     * them), lists as arrays, maps as objects, nodes as {@code {"id","labels","properties"}} and
     * relationships as {@code {"id","type","start","end","properties"}}. A value of any other Java
     * type is written as the string of its {@code toString()}.
     */
    public JsonWriter value(Object value) {
        if (value == null) {
            return raw("null");
        }
        if (value instanceof String s) {
            return string(s);
        }
        if (value instanceof Boolean b) {
            return raw(b.toString());
        }
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return raw(value.toString());
        }
        if (value instanceof Double || value instanceof Float) {
            return floating(((Number) value).doubleValue());
        }
        if (value instanceof Node node) {
            return node(node);
        }
        if (value instanceof Relationship relationship) {
            return relationship(relationship);
        }
        if (value instanceof Map<?, ?> map) {
            return object(map);
        }
        if (value instanceof List<?> list) {
            return array(list);
        }
        return string(value.toString());
    }

    /** Writes a string with the escapes JSON requires, and {@code \\uXXXX} for lone surrogates. */
    public JsonWriter string(String s) {
        raw("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> raw("\\\"");
                case '\\' -> raw("\\\\");
                case '\n' -> raw("\\n");
                case '\r' -> raw("\\r");
                case '\t' -> raw("\\t");
                case '\b' -> raw("\\b");
                case '\f' -> raw("\\f");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029' || isLoneSurrogate(s, i)) {
                        unicodeEscape(c);
                    } else if (Character.isHighSurrogate(c)) {
                        character(c).character(s.charAt(++i));
                    } else {
                        character(c);
                    }
                }
            }
        }
        return raw("\"");
    }

    /** Begins an object whose members the caller writes with {@link #member}. */
    public JsonWriter beginObject() {
        return raw("{");
    }

    public JsonWriter endObject() {
        return raw("}");
    }

    /** Writes {@code "name":value}, preceded by a comma unless it is the first member. */
    public JsonWriter member(String name, Object value, boolean first) {
        if (!first) {
            raw(",");
        }
        return string(name).raw(":").value(value);
    }

    private JsonWriter floating(double d) {
        if (Double.isNaN(d)) {
            return string("NaN");
        }
        if (Double.isInfinite(d)) {
            return string(d > 0 ? "Infinity" : "-Infinity");
        }
        // Double.toString always writes a '.' or an exponent ("1.0", "1.0E10"): valid JSON numbers.
        return raw(Double.toString(d));
    }

    private JsonWriter node(Node node) {
        return beginObject()
                .member("id", node.id(), true)
                .member("labels", node.labels(), false)
                .member("properties", node.properties(), false)
                .endObject();
    }

    private JsonWriter relationship(Relationship relationship) {
        return beginObject()
                .member("id", relationship.id(), true)
                .member("type", relationship.type(), false)
                .member("start", relationship.startId(), false)
                .member("end", relationship.endId(), false)
                .member("properties", relationship.properties(), false)
                .endObject();
    }

    private JsonWriter object(Map<?, ?> map) {
        beginObject();
        boolean first = true;
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            member(String.valueOf(entry.getKey()), entry.getValue(), first);
            first = false;
        }
        return endObject();
    }

    private JsonWriter array(List<?> list) {
        raw("[");
        for (Iterator<?> it = list.iterator(); it.hasNext(); ) {
            value(it.next());
            if (it.hasNext()) {
                raw(",");
            }
        }
        return raw("]");
    }

    private static boolean isLoneSurrogate(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
        }
        return Character.isLowSurrogate(c);
    }

    private void unicodeEscape(char c) {
        raw("\\u").character(HEX[(c >> 12) & 0xF]).character(HEX[(c >> 8) & 0xF]).character(HEX[(c >> 4) & 0xF]).character(HEX[c & 0xF]);
    }

    private JsonWriter character(char c) {
        try {
            out.append(c);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private JsonWriter raw(String text) {
        try {
            out.append(text);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
