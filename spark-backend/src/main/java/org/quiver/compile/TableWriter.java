package org.quiver.compile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.quiver.graph.NodeTable;
import org.quiver.graph.RelationshipTable;
import org.quiver.graph.SparkTypes;
import org.quiver.planner.types.CypherType;
import org.quiver.temporal.TemporalRows;

/**
 * Turns elements held on the driver into new node and relationship tables: one per label
 * combination (or type) and property types, as a CREATE makes them.
 */
final class TableWriter {
    private final SparkSession spark;
    private final Map<TableKey, List<Row>> nodeRows = new LinkedHashMap<>();
    private final Map<TableKey, List<Row>> relationshipRows = new LinkedHashMap<>();

    private record TableKey(Set<String> labels, String type, Map<String, CypherType> properties) {
    }

    TableWriter(SparkSession spark) {
        this.spark = spark;
    }

    void node(ElementState n) {
        Map<String, CypherType> types = types(n.properties);
        List<Object> cells = new ArrayList<>();
        cells.add(n.id);
        n.properties.values().forEach(v -> cells.add(TemporalRows.encodeAll(v)));
        nodeRows.computeIfAbsent(new TableKey(n.labels, null, types), k -> new ArrayList<>())
                .add(RowFactory.create(cells.toArray()));
    }

    void relationship(ElementState r) {
        Map<String, CypherType> types = types(r.properties);
        List<Object> cells = new ArrayList<>(List.of(r.id, r.source, r.target));
        r.properties.values().forEach(v -> cells.add(TemporalRows.encodeAll(v)));
        relationshipRows.computeIfAbsent(new TableKey(Set.of(), r.type, types), k -> new ArrayList<>())
                .add(RowFactory.create(cells.toArray()));
    }

    List<NodeTable> nodeTables() {
        List<NodeTable> tables = new ArrayList<>();
        nodeRows.forEach((key, rows) -> {
            StructType schema = withProperties(new StructType().add(NodeTable.ID, DataTypes.LongType, false),
                    key.properties());
            tables.add(new NodeTable(key.labels(), key.properties(), spark.createDataFrame(rows, schema)));
        });
        return tables;
    }

    List<RelationshipTable> relationshipTables() {
        List<RelationshipTable> tables = new ArrayList<>();
        relationshipRows.forEach((key, rows) -> {
            StructType schema = new StructType().add(RelationshipTable.ID, DataTypes.LongType, false)
                    .add(RelationshipTable.SOURCE, DataTypes.LongType, false)
                    .add(RelationshipTable.TARGET, DataTypes.LongType, false);
            schema = withProperties(schema, key.properties());
            tables.add(new RelationshipTable(key.type(), key.properties(), spark.createDataFrame(rows, schema)));
        });
        return tables;
    }

    /** Property types in key order (the order of the row's cells). */
    private static Map<String, CypherType> types(Map<String, Object> properties) {
        Map<String, CypherType> types = new TreeMap<>();
        properties.forEach((k, v) -> types.put(k, CreateExecutor.PropertyValues.typeOf(v, k)));
        return types;
    }

    private static StructType withProperties(StructType schema, Map<String, CypherType> properties) {
        for (Map.Entry<String, CypherType> p : properties.entrySet()) {
            schema = schema.add(p.getKey(), SparkTypes.of(p.getValue()), true);
        }
        return schema;
    }
}
