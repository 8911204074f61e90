package org.quiver.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A node in a query result: its id, its labels (sorted) and its properties (absent ones left out).
 *
 * <pre>{@code
 * Node p = (Node) result.records().get(0).get("p");
 * String name = (String) p.properties().get("name");
 * }</pre>
 */
public record Node(long id, List<String> labels, Map<String, Object> properties) {
    public Node {
        labels = List.copyOf(labels);
        properties = Collections.unmodifiableMap(new TreeMap<>(properties));
    }

    @Override
    public String toString() {
        return "(" + String.join("", labels.stream().map(l -> ":" + l).toList())
                + (properties.isEmpty() ? "" : (labels.isEmpty() ? "" : " ") + new LinkedHashMap<>(properties))
                + ")";
    }
}
