package org.quiver.schemaview;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.quiver.api.PropertyGraph;
import org.quiver.graph.NodeTable;
import org.quiver.graph.RelationshipTable;
import org.quiver.planner.types.CypherType;

/**
 * Measures a {@link SchemaOverview}: a Spark job counts each node table; one more joins every
 * relationship to the label combinations of its ends and counts by (type, source, target).
 * Empty tables (a constructed graph keeps one per label combination it could make) are left out.
 */
public final class SchemaCounter {
    private SchemaCounter() {
    }

    public static SchemaOverview of(PropertyGraph graph) {
        Map<String, Set<String>> labelsByKey = new HashMap<>();
        Map<String, Long> nodeCounts = new LinkedHashMap<>();
        Map<String, Map<String, CypherType>> nodeProperties = new HashMap<>();
        Dataset<Row> nodeKeys = null;
        for (NodeTable table : graph.nodeTables()) {
            String key = SchemaOverview.labelText(table.labels());
            labelsByKey.put(key, table.labels());
            nodeCounts.merge(key, table.data().count(), Long::sum);
            nodeProperties.computeIfAbsent(key, k -> new LinkedHashMap<>()).putAll(table.properties());
            Dataset<Row> keys = table.data().select(col(NodeTable.ID).as("id"), lit(key).as("labels"));
            nodeKeys = nodeKeys == null ? keys : nodeKeys.unionAll(keys);
        }
        List<SchemaOverview.NodeGroup> nodes = new ArrayList<>();
        nodeCounts.forEach((key, count) -> {
            if (count > 0) {
                nodes.add(new SchemaOverview.NodeGroup(labelsByKey.get(key), count, nodeProperties.get(key)));
            }
        });
        nodes.sort(Comparator.comparing(g -> SchemaOverview.labelText(g.labels())));
        return new SchemaOverview(nodes, relationships(graph, nodeKeys, labelsByKey));
    }

    private static List<SchemaOverview.RelationshipGroup> relationships(PropertyGraph graph, Dataset<Row> nodeKeys,
            Map<String, Set<String>> labelsByKey) {
        Map<String, Map<String, CypherType>> properties = new HashMap<>();
        Dataset<Row> ends = null;
        for (RelationshipTable table : graph.relationshipTables()) {
            properties.computeIfAbsent(table.type(), k -> new LinkedHashMap<>()).putAll(table.properties());
            Dataset<Row> typed = table.data().select(lit(table.type()).as("type"),
                    col(RelationshipTable.SOURCE).as("source"), col(RelationshipTable.TARGET).as("target"));
            ends = ends == null ? typed : ends.unionAll(typed);
        }
        if (ends == null || nodeKeys == null) {
            return List.of();
        }
        Dataset<Row> sources = nodeKeys.withColumnRenamed("id", "s_id").withColumnRenamed("labels", "s_labels");
        Dataset<Row> targets = nodeKeys.withColumnRenamed("id", "t_id").withColumnRenamed("labels", "t_labels");
        List<Row> counted = ends.join(sources, ends.col("source").equalTo(sources.col("s_id")))
                .join(targets, col("target").equalTo(targets.col("t_id")))
                .groupBy("type", "s_labels", "t_labels").count()
                .collectAsList();
        Map<String, List<SchemaOverview.Endpoints>> endpoints = new java.util.TreeMap<>();
        for (Row row : counted) {
            endpoints.computeIfAbsent(row.getString(0), k -> new ArrayList<>()).add(new SchemaOverview.Endpoints(
                    labelsByKey.get(row.getString(1)), labelsByKey.get(row.getString(2)), row.getLong(3)));
        }
        List<SchemaOverview.RelationshipGroup> groups = new ArrayList<>();
        endpoints.forEach((type, pairs) -> {
            pairs.sort(Comparator.comparing((SchemaOverview.Endpoints e) -> SchemaOverview.labelText(e.source()))
                    .thenComparing(e -> SchemaOverview.labelText(e.target())));
            long total = pairs.stream().mapToLong(SchemaOverview.Endpoints::count).sum();
            groups.add(new SchemaOverview.RelationshipGroup(type, total, pairs, properties.get(type)));
        });
        return groups;
    }

    /** Sorted keys, so that the pictures come out the same on every run. */
    static List<String> sortedKeys(Map<String, CypherType> properties) {
        return List.copyOf(new TreeSet<>(properties.keySet()));
    }
}
