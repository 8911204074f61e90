package org.quiver.tck.values;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** A relationship as the TCK writes it, {@code [:T {k: 1}]}: matched by type and properties. */
public record ExpectedRelationship(String type, Map<String, Object> properties) {
    public ExpectedRelationship {
        Objects.requireNonNull(type, "type");
        properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
    }
}
