package org.quiver.planner.relational;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.quiver.planner.types.CypherType;

/**
 * The union of the relationship tables of {@code types} (none: an empty relation), with id, type,
 * source and target, the {@code near}/{@code far} ends as {@code orientation} says, and only the
 * listed properties.
 */
public record ScanRelationships(List<String> types, Orientation orientation, String idColumn, String typeColumn,
        String sourceColumn, String targetColumn, String nearColumn, String farColumn,
        List<PropertyColumn> properties) implements RelOp {
    public ScanRelationships {
        types = List.copyOf(types);
        Objects.requireNonNull(orientation, "orientation");
        Objects.requireNonNull(idColumn, "idColumn");
        Objects.requireNonNull(typeColumn, "typeColumn");
        Objects.requireNonNull(sourceColumn, "sourceColumn");
        Objects.requireNonNull(targetColumn, "targetColumn");
        Objects.requireNonNull(nearColumn, "nearColumn");
        Objects.requireNonNull(farColumn, "farColumn");
        properties = List.copyOf(properties);
    }

    public List<RelColumn> columns() {
        List<RelColumn> columns = new ArrayList<>();
        for (String c : List.of(idColumn, sourceColumn, targetColumn, nearColumn, farColumn)) {
            columns.add(new RelColumn(c, CypherType.INTEGER));
        }
        columns.add(new RelColumn(typeColumn, CypherType.STRING));
        properties.forEach(p -> columns.add(new RelColumn(p.column(), p.type())));
        return columns;
    }

    public List<RelOp> children() {
        return List.of();
    }
}
