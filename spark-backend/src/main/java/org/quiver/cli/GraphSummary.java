package org.quiver.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.quiver.api.CypherResult;
import org.quiver.api.PropertyGraph;
import org.quiver.api.SideEffects;
import org.quiver.graph.NodeTable;
import org.quiver.graph.RelationshipTable;
import org.quiver.planner.types.CypherType;

/**
 * What the command line prints for a statement that returns a graph: one row per label
 * combination of its nodes and per type of its relationships that has any, with how many (a Spark
 * job per table), in the columns {@code element}, {@code labels}, {@code count}, so that every
 * output format writes it as it writes rows.
 */
public final class GraphSummary {
    private GraphSummary() {
    }

    public static CypherResult of(PropertyGraph graph, SparkSession spark) {
        Map<String, Object[]> nodes = new TreeMap<>();
        for (NodeTable t : graph.nodeTables()) {
            add(nodes, "node", List.copyOf(t.labels()), t.data().count());
        }
        Map<String, Object[]> relationships = new TreeMap<>();
        for (RelationshipTable t : graph.relationshipTables()) {
            add(relationships, "relationship", List.of(t.type()), t.data().count());
        }
        List<Row> rows = new ArrayList<>();
        // A constructed graph keeps a table for each label combination it could clone, found empty here.
        nodes.values().stream().filter(v -> (Long) v[2] > 0).forEach(v -> rows.add(RowFactory.create(v)));
        relationships.values().stream().filter(v -> (Long) v[2] > 0).forEach(v -> rows.add(RowFactory.create(v)));
        StructType schema = new StructType().add("element", DataTypes.StringType)
                .add("labels", DataTypes.createArrayType(DataTypes.StringType)).add("count", DataTypes.LongType);
        return new CypherResult(List.of("element", "labels", "count"),
                List.of(CypherType.STRING, CypherType.listOf(CypherType.STRING), CypherType.INTEGER),
                spark.createDataFrame(rows, schema), graph, SideEffects.NONE);
    }

    private static void add(Map<String, Object[]> counts, String element, List<String> labels, long count) {
        Object[] row = counts.computeIfAbsent(String.join(":", labels),
                k -> new Object[] {element, labels, 0L});
        row[2] = (Long) row[2] + count;
    }
}
