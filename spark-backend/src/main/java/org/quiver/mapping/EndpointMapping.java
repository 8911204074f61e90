package org.quiver.mapping;

import java.util.List;
import java.util.Objects;
import org.quiver.parser.ast.Span;
import org.quiver.parser.ddl.ast.Name;

/**
 * The columns of a relationship table that hold the key of a node of {@code nodeTable}; when
 * {@code referencedColumns} are given they must be that table's key, in any order.
 */
public record EndpointMapping(List<Name> columns, Name nodeTable, List<Name> referencedColumns, Span span) {
    public EndpointMapping {
        columns = List.copyOf(columns);
        Objects.requireNonNull(nodeTable, "nodeTable");
        referencedColumns = List.copyOf(referencedColumns);
        Objects.requireNonNull(span, "span");
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("an endpoint has at least one column");
        }
    }
}
