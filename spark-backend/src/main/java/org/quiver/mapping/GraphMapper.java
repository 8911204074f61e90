package org.quiver.mapping;

import static org.apache.spark.sql.functions.col;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.StructField;
import org.quiver.api.PropertyGraph;
import org.quiver.graph.NodeTable;
import org.quiver.graph.RelationshipTable;
import org.quiver.parser.ddl.ast.Name;
import org.quiver.parser.error.SemanticError;

/**
 * Builds a {@link PropertyGraph} over mapped tables: checks names, columns and types, then defines
 * the node and relationship DataFrames on top of the tables' own (no data is read). Ids follow
 * {@link ElementIds}. A relationship whose reference column holds a key no node has is not
 * dropped when the key is one integral column (it then points at no node, and patterns that reach
 * the node do not match it); with any other key, the join that finds the end node drops it. A
 * null in a reference column means, as in SQL, that the row references nothing: it is no
 * relationship. A null key of a node or relationship fails the query with a {@code DataError}.
 */
public final class GraphMapper {
    private GraphMapper() {
    }

    public static PropertyGraph map(List<NodeTableMapping> nodes, List<RelationshipTableMapping> relationships) {
        checkTableNames(nodes, relationships);
        Map<String, MappedNodes> nodesByName = new LinkedHashMap<>();
        for (NodeTableMapping node : nodes) {
            nodesByName.put(node.name().value(), mapNodes(nodesByName.size(), node));
        }
        List<RelationshipTable> relationshipTables = new ArrayList<>();
        for (RelationshipTableMapping relationship : relationships) {
            relationshipTables.add(mapRelationships(relationshipTables.size(), relationship, nodesByName));
        }
        return new PropertyGraph(nodesByName.values().stream().map(MappedNodes::table).toList(), relationshipTables,
                ElementIds.firstFreeId(nodes.size()), ElementIds.firstFreeId(relationships.size()));
    }

    static String quoted(String column) {
        return "`" + column.replace("`", "``") + "`";
    }

    private static void checkTableNames(List<NodeTableMapping> nodes, List<RelationshipTableMapping> relationships) {
        if (nodes.size() >= ElementIds.MAX_TABLES || relationships.size() >= ElementIds.MAX_TABLES) {
            throw new SemanticError("TooManyTables", "A mapping has at most " + (ElementIds.MAX_TABLES - 1)
                    + " node tables and as many relationship tables", null);
        }
        Set<String> seen = new HashSet<>();
        List<Name> names = new ArrayList<>();
        nodes.forEach(n -> names.add(n.name()));
        relationships.forEach(r -> names.add(r.name()));
        for (Name name : names) {
            if (!seen.add(name.value())) {
                throw new SemanticError("DuplicateTable", "Two tables of the mapping are named " + name.value()
                        + "; give one another name with AS", name.span());
            }
        }
    }

    private static MappedNodes mapNodes(int tag, NodeTableMapping node) {
        String table = node.name().value();
        if (node.key().isEmpty()) {
            throw new SemanticError("MissingKey", "Node table " + table
                    + " needs KEY (columns): Spark tables declare no primary key to take it from", node.span());
        }
        if (node.labels().isEmpty()) {
            throw new SemanticError("MissingLabel", "Node table " + table + " has no label", node.span());
        }
        List<StructField> key = keyColumns(table, node.data(), node.key());
        Column id = id(tag, table, node.data(), key);
        PropertyColumns properties = PropertyColumns.of(table, node.data(), node.properties());
        List<Column> columns = new ArrayList<>();
        columns.add(id.as(NodeTable.ID));
        columns.addAll(properties.columns());
        Set<String> labels = new LinkedHashSet<>();
        node.labels().forEach(l -> labels.add(l.value()));
        NodeTable nodeTable = new NodeTable(labels, properties.types(), node.data().select(columns.toArray(Column[]::new)));
        return new MappedNodes(tag, node, key, id, nodeTable);
    }

    private static RelationshipTable mapRelationships(int tag, RelationshipTableMapping relationship,
            Map<String, MappedNodes> nodes) {
        String table = relationship.name().value();
        Dataset<Row> data = relationship.data();
        List<StructField> key = relationship.key().isEmpty() ? List.of() : keyColumns(table, data, relationship.key());
        Column id = key.isEmpty()
                ? ElementIds.fromRank(tag, allOrderableColumns(data))
                : id(tag, table, data, key);
        PropertyColumns properties = PropertyColumns.of(table, data, relationship.properties());
        // Everything is taken from the table first, under names of its own, so that the joins with
        // node tables below (which may be this very table) refer to no column ambiguously.
        List<Column> own = new ArrayList<>();
        own.add(id.as(RelationshipTable.ID));
        Map<String, List<StructField>> joins = new LinkedHashMap<>();
        Map<String, MappedNodes> joined = new LinkedHashMap<>();
        Column referencesPresent = functions.lit(true);
        for (String end : List.of(RelationshipTable.SOURCE, RelationshipTable.TARGET)) {
            EndpointMapping endpoint = end.equals(RelationshipTable.SOURCE) ? relationship.source() : relationship.target();
            MappedNodes referenced = referencedNodes(table, endpoint, nodes);
            List<StructField> columns = referenceColumns(table, data, endpoint, referenced.mapping(), referenced.key());
            if (referenced.integralKey()) {
                String column = columns.get(0).name();
                referencesPresent = referencesPresent.and(data.col(quoted(column)).isNotNull());
                own.add(ElementIds.fromIntegralKey(referenced.tag(), data.col(quoted(column)), table, column).as(end));
            } else {
                for (int i = 0; i < columns.size(); i++) {
                    own.add(data.col(quoted(columns.get(i).name())).as(end + "-reference" + i));
                }
                joins.put(end, columns);
                joined.put(end, referenced);
            }
        }
        own.addAll(properties.columns());
        Dataset<Row> rows = data.where(referencesPresent).select(own.toArray(Column[]::new));
        for (var join : joins.entrySet()) {
            String end = join.getKey();
            Column on = null;
            for (int i = 0; i < join.getValue().size(); i++) {
                Column equal = col(quoted(end + "-reference" + i)).equalTo(col(quoted(end + i)));
                on = on == null ? equal : on.and(equal);
            }
            rows = rows.join(joined.get(end).keysAndIds(end), on, "inner");
        }
        List<Column> columns = new ArrayList<>();
        for (String name : List.of(RelationshipTable.ID, RelationshipTable.SOURCE, RelationshipTable.TARGET)) {
            columns.add(col(quoted(name)));
        }
        properties.types().keySet().forEach(property -> columns.add(col(quoted(property))));
        return new RelationshipTable(relationship.type().value(), properties.types(),
                rows.select(columns.toArray(Column[]::new)));
    }

    private static MappedNodes referencedNodes(String table, EndpointMapping endpoint, Map<String, MappedNodes> nodes) {
        MappedNodes referenced = nodes.get(endpoint.nodeTable().value());
        if (referenced == null) {
            throw new SemanticError("UnknownReference", "Relationship table " + table + " references "
                    + endpoint.nodeTable().value() + ", which is not a node table of the mapping; node tables: "
                    + String.join(", ", nodes.keySet()), endpoint.nodeTable().span());
        }
        return referenced;
    }

    /** The relationship's reference columns in the order of the referenced key, checked against it. */
    static List<StructField> referenceColumns(String table, Dataset<Row> data, EndpointMapping endpoint,
            NodeTableMapping referenced, List<StructField> key) {
        String nodeTable = referenced.name().value();
        if (endpoint.columns().size() != key.size()) {
            throw new SemanticError("ReferenceArity", "Relationship table " + table + " references " + nodeTable
                    + " by " + endpoint.columns().size() + " column(s), but the key of " + nodeTable + " has "
                    + key.size(), endpoint.span());
        }
        TableColumns own = new TableColumns(table, data.schema());
        List<StructField> columns = endpoint.columns().stream().map(own::resolve).toList();
        if (!endpoint.referencedColumns().isEmpty()) {
            columns = inKeyOrder(table, endpoint, referenced, key, columns);
        }
        for (int i = 0; i < key.size(); i++) {
            var mine = columns.get(i).dataType();
            var theirs = key.get(i).dataType();
            boolean compatible = PropertyTypes.integral(theirs) ? PropertyTypes.integral(mine) : mine.sameType(theirs);
            if (!compatible) {
                throw new SemanticError("ReferenceType", "Column " + table + "." + columns.get(i).name() + " ("
                        + mine.simpleString() + ") cannot hold the key column " + nodeTable + "."
                        + key.get(i).name() + " (" + theirs.simpleString() + ")", endpoint.span());
            }
        }
        return columns;
    }

    private static List<StructField> inKeyOrder(String table, EndpointMapping endpoint, NodeTableMapping referenced,
            List<StructField> referencedKey, List<StructField> columns) {
        String nodeTable = referenced.name().value();
        TableColumns theirs = new TableColumns(nodeTable, referenced.data().schema());
        List<String> written = endpoint.referencedColumns().stream().map(c -> theirs.resolve(c).name()).toList();
        List<String> key = referencedKey.stream().map(StructField::name).toList();
        if (written.size() != key.size() || !new HashSet<>(written).equals(new HashSet<>(key))) {
            throw new SemanticError("ReferenceNotKey", "Relationship table " + table + " references " + nodeTable
                    + " (" + String.join(", ", written) + "), but only its key (" + String.join(", ", key)
                    + ") can be referenced", endpoint.span());
        }
        List<StructField> ordered = new ArrayList<>();
        for (String k : key) {
            ordered.add(columns.get(written.indexOf(k)));
        }
        return ordered;
    }

    static List<StructField> keyColumns(String table, Dataset<Row> data, List<Name> key) {
        TableColumns columns = new TableColumns(table, data.schema());
        List<StructField> fields = new ArrayList<>();
        for (Name name : key) {
            StructField field = columns.resolve(name);
            if (!PropertyTypes.orderable(field.dataType())) {
                throw new SemanticError("KeyType", "Column " + table + "." + field.name() + " of type "
                        + field.dataType().simpleString() + " cannot be part of a key", name.span());
            }
            fields.add(field);
        }
        return fields;
    }

    private static Column id(int tag, String table, Dataset<Row> data, List<StructField> key) {
        if (key.size() == 1 && PropertyTypes.integral(key.get(0).dataType())) {
            return ElementIds.fromIntegralKey(tag, data.col(quoted(key.get(0).name())), table, key.get(0).name());
        }
        return ElementIds.fromRank(tag, key.stream().map(f -> data.col(quoted(f.name()))).toList());
    }

    private static List<Column> allOrderableColumns(Dataset<Row> data) {
        List<Column> columns = new ArrayList<>();
        for (StructField field : data.schema().fields()) {
            if (PropertyTypes.orderable(field.dataType())) {
                columns.add(data.col(quoted(field.name())));
            }
        }
        return columns;
    }
}
