package org.quiver.tck.values;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A node as the TCK writes it, {@code (:A:B {name: 'x'})}: no id, so it matches by labels and properties. */
public record ExpectedNode(List<String> labels, Map<String, Object> properties) {
    public ExpectedNode {
        labels = labels.stream().sorted().distinct().toList();
        properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
    }
}
