package org.quiver.tck.values;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.quiver.api.Node;
import org.quiver.api.Relationship;

/**
 * One text per value such that two values render alike exactly when the TCK counts them equal:
 * nodes and relationships without ids, integers never like floats ({@code 1} vs {@code 1.0}), NaN
 * like NaN, map keys sorted, and (optionally) list elements sorted so that lists compare as
 * multisets. Comparing results then reduces to comparing (sorted) lists of strings, and the same
 * text shows in mismatch messages.
 */
public final class CanonicalValue {
    private CanonicalValue() {
    }

    /** Expected (parsed TCK notation) and actual (engine result) values alike. */
    public static String render(Object value, boolean listsAsMultisets) {
        StringBuilder out = new StringBuilder();
        append(out, value, listsAsMultisets);
        return out.toString();
    }

    private static void append(StringBuilder out, Object value, boolean multisets) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof Boolean || value instanceof Long || value instanceof Integer
                || value instanceof Short || value instanceof Byte) {
            out.append(value);
        } else if (value instanceof Double || value instanceof Float) {
            out.append(floatText(((Number) value).doubleValue()));
        } else if (org.quiver.temporal.TemporalText.of(value) != null) {
            // The TCK writes a temporal result as the string of its Cypher text.
            append(out, org.quiver.temporal.TemporalText.of(value), multisets);
        } else if (value instanceof String s) {
            out.append('\'').append(s.replace("\\", "\\\\").replace("'", "\\'").replace("\n", "\\n")).append('\'');
        } else if (value instanceof List<?> list) {
            List<String> items = new ArrayList<>();
            list.forEach(item -> items.add(render(item, multisets)));
            if (multisets) {
                items.sort(null);
            }
            out.append('[').append(String.join(", ", items)).append(']');
        } else if (value instanceof Map<?, ?> map) {
            appendMap(out, map, multisets);
        } else if (value instanceof ExpectedNode n) {
            appendNode(out, n.labels(), n.properties(), multisets);
        } else if (value instanceof Node n) {
            appendNode(out, n.labels(), n.properties(), multisets);
        } else if (value instanceof ExpectedRelationship r) {
            appendRelationship(out, r.type(), r.properties(), multisets);
        } else if (value instanceof Relationship r) {
            appendRelationship(out, r.type(), r.properties(), multisets);
        } else if (value instanceof ExpectedPath p) {
            appendPath(out, p, multisets);
        } else if (value instanceof org.quiver.api.Path p) {
            List<ExpectedNode> nodes = p.nodes().stream().map(n -> new ExpectedNode(n.labels(), n.properties())).toList();
            List<ExpectedRelationship> relationships = p.relationships().stream()
                    .map(r -> new ExpectedRelationship(r.type(), r.properties())).toList();
            List<Boolean> forward = new ArrayList<>();
            for (int i = 0; i < p.length(); i++) {
                forward.add(p.forward(i));
            }
            appendPath(out, new ExpectedPath(nodes, relationships, forward), multisets);
        } else {
            out.append("?").append(value.getClass().getSimpleName()).append(':').append(value);
        }
    }

    private static String floatText(double d) {
        if (Double.isNaN(d)) {
            return "NaN";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "Inf" : "-Inf";
        }
        // -0.0 = 0.0 in Cypher; Double.toString always writes a '.' or an 'E', so never like an integer.
        return Double.toString(d == 0.0 ? 0.0 : d);
    }

    private static void appendMap(StringBuilder out, Map<?, ?> map, boolean multisets) {
        TreeMap<String, Object> sorted = new TreeMap<>();
        map.forEach((k, v) -> sorted.put(String.valueOf(k), v));
        out.append('{');
        boolean first = true;
        for (Map.Entry<String, Object> entry : sorted.entrySet()) {
            out.append(first ? "" : ", ").append(entry.getKey()).append(": ");
            append(out, entry.getValue(), multisets);
            first = false;
        }
        out.append('}');
    }

    private static void appendNode(StringBuilder out, List<String> labels, Map<String, Object> properties,
            boolean multisets) {
        out.append('(');
        labels.stream().sorted().distinct().forEach(l -> out.append(':').append(l));
        if (!properties.isEmpty()) {
            out.append(labels.isEmpty() ? "" : " ");
            appendMap(out, properties, multisets);
        }
        out.append(')');
    }

    private static void appendRelationship(StringBuilder out, String type, Map<String, Object> properties,
            boolean multisets) {
        out.append("[:").append(type);
        if (!properties.isEmpty()) {
            out.append(' ');
            appendMap(out, properties, multisets);
        }
        out.append(']');
    }

    private static void appendPath(StringBuilder out, ExpectedPath path, boolean multisets) {
        out.append('<');
        append(out, path.nodes().get(0), multisets);
        for (int i = 0; i < path.relationships().size(); i++) {
            out.append(path.forward().get(i) ? "-" : "<-");
            append(out, path.relationships().get(i), multisets);
            out.append(path.forward().get(i) ? "->" : "-");
            append(out, path.nodes().get(i + 1), multisets);
        }
        out.append('>');
    }
}
