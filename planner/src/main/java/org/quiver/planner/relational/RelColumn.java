package org.quiver.planner.relational;

import java.util.Objects;
import org.quiver.planner.types.CypherType;

/** A column of a relation: its name and the Cypher type of its values. */
public record RelColumn(String name, CypherType type) {
    public RelColumn {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }
}
