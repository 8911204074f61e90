package org.quiver.parser.ddl.ast;

import java.util.List;
import java.util.Objects;
import org.quiver.parser.ast.Span;

/**
 * {@code CREATE [OR REPLACE] PROPERTY GRAPH [IF NOT EXISTS] name NODE TABLES (…) [RELATIONSHIP TABLES (…)]}.
 */
public record CreatePropertyGraph(QualifiedName graph, boolean orReplace, boolean ifNotExists,
        List<ElementTable> nodeTables, List<RelationshipTableDefinition> relationshipTables, Span span)
        implements GraphDdlStatement {
    public CreatePropertyGraph {
        Objects.requireNonNull(graph, "graph");
        nodeTables = List.copyOf(nodeTables);
        relationshipTables = List.copyOf(relationshipTables);
        Objects.requireNonNull(span, "span");
        if (orReplace && ifNotExists) {
            throw new IllegalArgumentException("OR REPLACE and IF NOT EXISTS exclude each other");
        }
    }
}
