package org.quiver.planner.update;

import java.util.List;
import java.util.Objects;

/** A relationship of a {@code CREATE} pattern, from node variable {@code source} to {@code target}. */
public record RelationshipToCreate(String variable, String type, String source, String target, List<String> keys,
        List<String> propertyColumns) {
    public RelationshipToCreate {
        Objects.requireNonNull(variable, "variable");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        keys = List.copyOf(keys);
        propertyColumns = List.copyOf(propertyColumns);
    }
}
