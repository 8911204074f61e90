package org.quiver.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.quiver.api.Node;
import org.quiver.api.Relationship;

/** Puts result values in the shape {@link ValueReader} gives expected values, so the two compare with equals. */
public final class ResultValues {
    private ResultValues() {
    }

    public static Object comparable(Object value) {
        if (org.quiver.temporal.TemporalText.of(value) != null) {
            // Expected temporal values are written as the strings of their Cypher text.
            return org.quiver.temporal.TemporalText.of(value);
        }
        if (value instanceof Node n) {
            return new ValueReader.ExpectedNode(new TreeSet<>(n.labels()), comparableMap(n.properties()));
        }
        if (value instanceof Relationship r) {
            return new ValueReader.ExpectedRelationship(r.type(), comparableMap(r.properties()));
        }
        if (value instanceof org.quiver.api.Path p) {
            List<ValueReader.ExpectedNode> nodes = p.nodes().stream().map(n -> (ValueReader.ExpectedNode) comparable(n)).toList();
            List<ValueReader.ExpectedRelationship> relationships = p.relationships().stream()
                    .map(r -> (ValueReader.ExpectedRelationship) comparable(r)).toList();
            List<Boolean> forward = new ArrayList<>();
            for (int i = 0; i < p.length(); i++) {
                forward.add(p.forward(i));
            }
            return new ValueReader.ExpectedPath(nodes, relationships, forward);
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>();
            list.forEach(v -> out.add(comparable(v)));
            return out;
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put((String) k, comparable(v)));
            return out;
        }
        return value;
    }

    private static Map<String, Object> comparableMap(Map<String, Object> map) {
        Map<String, Object> out = new LinkedHashMap<>();
        map.forEach((k, v) -> out.put(k, comparable(v)));
        return out;
    }
}
