package org.quiver.arrow;

import java.util.List;
import java.util.Map;
import org.quiver.api.Node;
import org.quiver.api.Path;
import org.quiver.api.Relationship;
import org.quiver.format.CypherValueText;
import org.quiver.planner.types.CypherType;

/**
 * Graph elements as Arrow structs: a node is {@code {id: Int64, labels: List<Utf8>, properties:
 * Utf8}}, a relationship {@code {id, type: Utf8, start: Int64, end: Int64, properties: Utf8}}, a path
 * {@code {nodes: List<node>, relationships: List<relationship>}} in path order (a relationship
 * traversed backwards has {@code start} at the later node). Properties are the Cypher map text
 * ({@code {age: 33, name: "Alice"}}): their keys and types vary from element to element.
 */
final class EntityColumns {
    private EntityColumns() {
    }

    static ArrowColumn node(String name, Map<String, String> metadata) {
        return ArrowColumn.struct(name, metadata, List.of(
                new ArrowColumn.Part(ArrowColumns.int64("id"), value -> node(value).id()),
                new ArrowColumn.Part(ArrowColumn.list("labels", Map.of(), ArrowColumns.utf8("item")),
                        value -> node(value).labels()),
                new ArrowColumn.Part(ArrowColumns.utf8("properties"),
                        value -> CypherValueText.of(node(value).properties()))));
    }

    static ArrowColumn relationship(String name, Map<String, String> metadata) {
        return ArrowColumn.struct(name, metadata, List.of(
                new ArrowColumn.Part(ArrowColumns.int64("id"), value -> relationship(value).id()),
                new ArrowColumn.Part(ArrowColumns.utf8("type"), value -> relationship(value).type()),
                new ArrowColumn.Part(ArrowColumns.int64("start"), value -> relationship(value).startId()),
                new ArrowColumn.Part(ArrowColumns.int64("end"), value -> relationship(value).endId()),
                new ArrowColumn.Part(ArrowColumns.utf8("properties"),
                        value -> CypherValueText.of(relationship(value).properties()))));
    }

    static ArrowColumn path(String name, Map<String, String> metadata) {
        return ArrowColumn.struct(name, metadata, List.of(
                new ArrowColumn.Part(ArrowColumn.list("nodes", Map.of(), node("item", Map.of())),
                        value -> ValueWriter.as(Path.class, value, CypherType.PATH).nodes()),
                new ArrowColumn.Part(ArrowColumn.list("relationships", Map.of(), relationship("item", Map.of())),
                        value -> ValueWriter.as(Path.class, value, CypherType.PATH).relationships())));
    }

    private static Node node(Object value) {
        return ValueWriter.as(Node.class, value, CypherType.NODE);
    }

    private static Relationship relationship(Object value) {
        return ValueWriter.as(Relationship.class, value, CypherType.RELATIONSHIP);
    }
}
