package org.quiver.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.quiver.graph.NodeTable;
import org.quiver.graph.RelationshipTable;
import org.quiver.planner.types.CypherType;

/**
 * Groups checked rows into tables (one per label combination, one per relationship type, in order
 * of first appearance) and, as a separate last step, builds their DataFrames. Grouping can still
 * fail (a property with two types in one table); building cannot, so a graph is never half loaded.
 */
final class GraphTables {
    private GraphTables() {
    }

    static List<RowGroup<Set<String>, NodeRow>> groupNodes(List<NodeFile> files) {
        Map<Set<String>, RowGroup<Set<String>, NodeRow>> groups = new LinkedHashMap<>();
        for (NodeFile file : files) {
            for (NodeRow row : file.rows()) {
                groups.computeIfAbsent(row.labels(), labels -> new RowGroup<>(labels, describe(labels)))
                        .add(file.header(), row);
            }
        }
        return List.copyOf(groups.values());
    }

    static List<RowGroup<String, RelationshipRow>> groupRelationships(List<RelationshipFile> files) {
        Map<String, RowGroup<String, RelationshipRow>> groups = new LinkedHashMap<>();
        for (RelationshipFile file : files) {
            for (RelationshipRow row : file.rows()) {
                groups.computeIfAbsent(row.type(), type -> new RowGroup<>(type, "relationships of type " + type))
                        .add(file.header(), row);
            }
        }
        return List.copyOf(groups.values());
    }

    static NodeTable nodeTable(SparkSession spark, RowGroup<Set<String>, NodeRow> group) {
        Map<String, CypherType> properties = group.properties().types();
        List<StructField> fields = new ArrayList<>();
        fields.add(DataTypes.createStructField(NodeTable.ID, DataTypes.LongType, false));
        fields.addAll(propertyFields(properties));
        List<Row> rows = new ArrayList<>(group.rows().size());
        for (NodeRow node : group.rows()) {
            List<Object> values = new ArrayList<>(fields.size());
            values.add(node.id());
            properties.keySet().forEach(key -> values.add(node.properties().get(key)));
            rows.add(RowFactory.create(values.toArray()));
        }
        return new NodeTable(group.key(), properties, spark.createDataFrame(rows, new StructType(fields.toArray(StructField[]::new))));
    }

    static RelationshipTable relationshipTable(SparkSession spark, RowGroup<String, RelationshipRow> group) {
        Map<String, CypherType> properties = group.properties().types();
        List<StructField> fields = new ArrayList<>();
        fields.add(DataTypes.createStructField(RelationshipTable.ID, DataTypes.LongType, false));
        fields.add(DataTypes.createStructField(RelationshipTable.SOURCE, DataTypes.LongType, false));
        fields.add(DataTypes.createStructField(RelationshipTable.TARGET, DataTypes.LongType, false));
        fields.addAll(propertyFields(properties));
        List<Row> rows = new ArrayList<>(group.rows().size());
        for (RelationshipRow relationship : group.rows()) {
            List<Object> values = new ArrayList<>(fields.size());
            values.add(relationship.id());
            values.add(relationship.source());
            values.add(relationship.target());
            properties.keySet().forEach(key -> values.add(relationship.properties().get(key)));
            rows.add(RowFactory.create(values.toArray()));
        }
        return new RelationshipTable(group.key(), properties, spark.createDataFrame(rows, new StructType(fields.toArray(StructField[]::new))));
    }

    private static List<StructField> propertyFields(Map<String, CypherType> properties) {
        List<StructField> fields = new ArrayList<>();
        properties.forEach((key, type) -> fields.add(DataTypes.createStructField(key, SparkTypes.of(type), true)));
        return fields;
    }

    private static String describe(Set<String> labels) {
        return labels.isEmpty() ? "nodes without labels" : "nodes labelled :" + String.join(":", new TreeSet<>(labels));
    }
}
