package org.quiver.planner.relational;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.quiver.planner.types.CypherType;

/**
 * The union of the node tables whose label combination is one of {@code combinations} (none: an
 * empty relation), reading the id, the labels (as a list of strings) and only the listed properties.
 */
public record ScanNodes(List<Set<String>> combinations, String idColumn, String labelsColumn,
        List<PropertyColumn> properties) implements RelOp {
    public ScanNodes {
        combinations = List.copyOf(combinations);
        Objects.requireNonNull(idColumn, "idColumn");
        Objects.requireNonNull(labelsColumn, "labelsColumn");
        properties = List.copyOf(properties);
    }

    public List<RelColumn> columns() {
        List<RelColumn> columns = new ArrayList<>();
        columns.add(new RelColumn(idColumn, CypherType.INTEGER));
        columns.add(new RelColumn(labelsColumn, CypherType.listOf(CypherType.STRING)));
        properties.forEach(p -> columns.add(new RelColumn(p.column(), p.type())));
        return columns;
    }

    public List<RelOp> children() {
        return List.of();
    }
}
