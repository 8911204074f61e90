package org.quiver.parser.ddl.ast;

import java.util.List;
import java.util.Objects;
import org.quiver.parser.ast.Span;

/**
 * {@code SOURCE KEY (columns) REFERENCES table [(columns)]} (or {@code DESTINATION …}): the columns
 * of the relationship table that hold the key of a node table of the mapping. Empty
 * {@code referencedColumns} stand for that table's key.
 */
public record EndpointReference(List<Name> columns, QualifiedName table, List<Name> referencedColumns, Span span) {
    public EndpointReference {
        columns = List.copyOf(columns);
        Objects.requireNonNull(table, "table");
        referencedColumns = List.copyOf(referencedColumns);
        Objects.requireNonNull(span, "span");
    }
}
