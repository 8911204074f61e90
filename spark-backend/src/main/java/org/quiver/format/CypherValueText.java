package org.quiver.format;

import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.regex.Pattern;
import org.quiver.api.Node;
import org.quiver.api.Relationship;

/**
 * A Cypher value written the way cypher-shell shows it in a table cell: strings in double quotes,
 * {@code (:Person {age: 33, name: "Alice"})}, {@code [:KNOWS {since: 2010}]}, {@code [1, 2]},
 * {@code {a: 1}}, {@code null}.
 *
 * <p>Floats use {@link Double#toString}: always a {@code .} or an exponent ({@code 1.0},
 * {@code 0.1}, {@code 1.0E10}), and {@code NaN}, {@code Infinity}, {@code -Infinity}. Strings
 * escape quotes, backslashes and control characters as a Cypher string literal would, so a cell
 * stays on one line. Map keys that are not plain identifiers are backquoted. Node and relationship
 * properties come in key order (the order {@link Node} keeps them in).
 */
public final class CypherValueText {
    private static final Pattern PLAIN_KEY = Pattern.compile("[\\p{L}_][\\p{L}\\p{N}_]*");

    private CypherValueText() {
    }

    public static String of(Object value) {
        StringBuilder out = new StringBuilder();
        append(out, value);
        return out.toString();
    }

    private static void append(StringBuilder out, Object value) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String s) {
            quoted(out, s);
        } else if (org.quiver.temporal.TemporalText.of(value) != null) {
            out.append(org.quiver.temporal.TemporalText.of(value));
        } else if (value instanceof Double || value instanceof Float) {
            out.append(Double.toString(((Number) value).doubleValue()));
        } else if (value instanceof Node node) {
            out.append('(');
            node.labels().forEach(label -> out.append(':').append(name(label)));
            if (!node.properties().isEmpty()) {
                out.append(node.labels().isEmpty() ? "" : " ");
                map(out, node.properties());
            }
            out.append(')');
        } else if (value instanceof Relationship rel) {
            out.append("[:").append(name(rel.type()));
            if (!rel.properties().isEmpty()) {
                out.append(' ');
                map(out, rel.properties());
            }
            out.append(']');
        } else if (value instanceof org.quiver.api.Path path) {
            out.append('<');
            append(out, path.nodes().get(0));
            for (int i = 0; i < path.length(); i++) {
                out.append(path.forward(i) ? "-" : "<-");
                append(out, path.relationships().get(i));
                out.append(path.forward(i) ? "->" : "-");
                append(out, path.nodes().get(i + 1));
            }
            out.append('>');
        } else if (value instanceof Map<?, ?> map) {
            map(out, map);
        } else if (value instanceof List<?> list) {
            StringJoiner items = new StringJoiner(", ", "[", "]");
            list.forEach(item -> items.add(of(item)));
            out.append(items);
        } else {
            out.append(value);
        }
    }

    private static void map(StringBuilder out, Map<?, ?> map) {
        StringJoiner entries = new StringJoiner(", ", "{", "}");
        map.forEach((key, v) -> entries.add(name(String.valueOf(key)) + ": " + of(v)));
        out.append(entries);
    }

    /** A label, type or key as Cypher would accept it: backquoted unless it is a plain identifier. */
    private static String name(String name) {
        return PLAIN_KEY.matcher(name).matches() ? name : "`" + name.replace("`", "``") + "`";
    }

    private static void quoted(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
