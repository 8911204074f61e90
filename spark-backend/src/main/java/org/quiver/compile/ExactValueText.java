package org.quiver.compile;

import java.time.OffsetTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.quiver.api.Node;
import org.quiver.api.Path;
import org.quiver.api.Relationship;

/**
 * A text per value that tells apart values Cypher's order holds equal: an integer and a float of
 * the same number (1 and 1.0), 0.0 and -0.0, one instant in two time zones. Each value's text
 * starts with its type, so texts order by type, then by an exact rendering of the value; two
 * values have the same text only when nothing in Cypher can tell them apart.
 */
final class ExactValueText {
    private ExactValueText() {
    }

    static String of(Object value) {
        if (value == null) {
            return "null";
        } else if (value instanceof Long l) {
            return "integer:" + l;
        } else if (value instanceof Double d) {
            // The bits, not Double.toString: -0.0 and 0.0 differ; every NaN is the same NaN.
            return "float:" + Long.toHexString(Double.doubleToLongBits(d));
        } else if (value instanceof String s) {
            return "string:" + s;
        } else if (value instanceof List<?> list) {
            return list.stream().map(ExactValueText::of).collect(Collectors.joining(",", "list:[", "]"));
        } else if (value instanceof Map<?, ?> map) {
            TreeMap<String, Object> sorted = new TreeMap<>();
            map.forEach((k, v) -> sorted.put(String.valueOf(k), v));
            return sorted.entrySet().stream().map(e -> e.getKey() + "=" + of(e.getValue()))
                    .collect(Collectors.joining(",", "map:{", "}"));
        } else if (value instanceof Node n) {
            return "node:" + n.id();
        } else if (value instanceof Relationship r) {
            return "relationship:" + r.id();
        } else if (value instanceof Path p) {
            return "path:" + p.nodes().stream().map(n -> String.valueOf(n.id())).collect(Collectors.joining(","))
                    + "/" + p.relationships().stream().map(r -> String.valueOf(r.id())).collect(Collectors.joining(","));
        } else if (value instanceof ZonedDateTime t) {
            // With the zone: ZonedDateTime.toString names both offset and region.
            return "datetime:" + t;
        } else if (value instanceof OffsetTime t) {
            return "time:" + t;
        }
        // Booleans, dates, local times and datetimes, durations: equal in order only when identical.
        return value.getClass().getSimpleName() + ":" + value;
    }
}
