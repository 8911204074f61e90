package org.quiver.io;

import org.quiver.graph.SparkTypes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.sql.Dataset;
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
    /** Tables of at least this many rows are stored rather than kept as local relations. */
    static final int STORED_FROM_ROWS = 10_000;

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
        List<Row> rows = group.rows().stream().map(node -> row(properties, node.properties(), node.id())).toList();
        StructType schema = schema(properties, NodeTable.ID);
        return new NodeTable(group.key(), properties, frame(spark, rows, schema));
    }

    static RelationshipTable relationshipTable(SparkSession spark, RowGroup<String, RelationshipRow> group) {
        Map<String, CypherType> properties = group.properties().types();
        List<Row> rows = group.rows().stream()
                .map(r -> row(properties, r.properties(), r.id(), r.source(), r.target()))
                .toList();
        StructType schema = schema(properties, RelationshipTable.ID, RelationshipTable.SOURCE, RelationshipTable.TARGET);
        return new RelationshipTable(group.key(), properties, frame(spark, rows, schema));
    }

    /**
     * Rows read on the driver as a DataFrame. A large one is stored once in Spark's block manager
     * (its size statistics kept): as a local relation its rows sit inside every plan that reads it,
     * and Spark's analyzer copies them rule after rule, which made planning a query over a 500,000
     * relationship CSV graph take over a minute.
     */
    private static Dataset<Row> frame(SparkSession spark, List<Row> rows, StructType schema) {
        Dataset<Row> local = spark.createDataFrame(rows, schema);
        return rows.size() < STORED_FROM_ROWS ? local : local.localCheckpoint();
    }

    /** The id columns (long, never null), then one nullable column per property. */
    private static StructType schema(Map<String, CypherType> properties, String... idColumns) {
        List<StructField> fields = new ArrayList<>();
        for (String id : idColumns) {
            fields.add(DataTypes.createStructField(id, DataTypes.LongType, false));
        }
        properties.forEach((key, type) -> fields.add(DataTypes.createStructField(key, SparkTypes.of(type), true)));
        return DataTypes.createStructType(fields);
    }

    /** The ids, then the row's value for each property of the table ({@code null} where it has none). */
    private static Row row(Map<String, CypherType> properties, Map<String, Object> values, long... ids) {
        List<Object> cells = new ArrayList<>(ids.length + properties.size());
        for (long id : ids) {
            cells.add(id);
        }
        properties.keySet().forEach(key -> cells.add(values.get(key)));
        return RowFactory.create(cells.toArray());
    }

    private static String describe(Set<String> labels) {
        return labels.isEmpty() ? "nodes without labels" : "nodes labelled :" + String.join(":", new TreeSet<>(labels));
    }
}
