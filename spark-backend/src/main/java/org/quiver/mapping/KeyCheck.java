package org.quiver.mapping;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.StructField;

/**
 * What a mapping assumes of its tables and nothing checks while querying, checked on request: that
 * keys are unique and not null, and that every reference finds a node. Runs Spark jobs over all
 * the tables (two per node table, more per relationship table), so it is never part of mapping.
 */
public final class KeyCheck {
    private KeyCheck() {
    }

    /** One sentence per problem found, naming the table and columns; empty when the keys hold. */
    public static List<String> run(List<NodeTableMapping> nodes, List<RelationshipTableMapping> relationships) {
        List<String> problems = new ArrayList<>();
        Map<String, NodeKey> keys = new LinkedHashMap<>();
        for (NodeTableMapping node : nodes) {
            List<StructField> key = GraphMapper.keyColumns(node.name().value(), node.data(), node.key());
            keys.put(node.name().value(), new NodeKey(node, key));
            problems.addAll(uniqueAndPresent(node.name().value(), node.data(), key));
        }
        for (RelationshipTableMapping relationship : relationships) {
            String table = relationship.name().value();
            if (!relationship.key().isEmpty()) {
                problems.addAll(uniqueAndPresent(table, relationship.data(),
                        GraphMapper.keyColumns(table, relationship.data(), relationship.key())));
            }
            for (EndpointMapping endpoint : List.of(relationship.source(), relationship.target())) {
                NodeKey referenced = keys.get(endpoint.nodeTable().value());
                if (referenced == null) {
                    continue;
                }
                List<StructField> columns = GraphMapper.referenceColumns(table, relationship.data(), endpoint,
                        referenced.node(), referenced.key());
                long dangling = dangling(relationship.data(), columns, referenced);
                if (dangling > 0) {
                    problems.add("table " + table + ": " + dangling + " row(s) reference by (" + names(columns)
                            + ") a key that no row of " + referenced.node().name().value() + " has");
                }
            }
        }
        return problems;
    }

    private static List<String> uniqueAndPresent(String table, Dataset<Row> data, List<StructField> key) {
        Column[] keyColumns = key.stream().map(f -> data.col(GraphMapper.quoted(f.name()))).toArray(Column[]::new);
        Dataset<Row> groups = data.groupBy(keyColumns).agg(count(lit(1)).as("rows"));
        Column anyNull = lit(false);
        for (StructField field : key) {
            anyNull = anyNull.or(col(GraphMapper.quoted(field.name())).isNull());
        }
        Row counts = groups.agg(
                sum(when(anyNull, col("rows")).otherwise(0)),
                sum(when(functions.not(anyNull).and(col("rows").gt(1)), 1).otherwise(0))).first();
        List<String> problems = new ArrayList<>();
        long nulls = counts.isNullAt(0) ? 0 : counts.getLong(0);
        long duplicates = counts.isNullAt(1) ? 0 : counts.getLong(1);
        if (nulls > 0) {
            problems.add("table " + table + ": " + nulls + " row(s) have a null in the key (" + names(key) + ")");
        }
        if (duplicates > 0) {
            problems.add("table " + table + ": " + duplicates + " key value(s) of (" + names(key)
                    + ") occur in more than one row");
        }
        return problems;
    }

    private static long dangling(Dataset<Row> data, List<StructField> columns, NodeKey referenced) {
        Dataset<Row> references = data.select(renamed(data, columns, ":reference").toArray(Column[]::new));
        Dataset<Row> nodeKeys = referenced.node().data()
                .select(renamed(referenced.node().data(), referenced.key(), ":key").toArray(Column[]::new));
        Column present = lit(true);
        Column on = lit(true);
        for (int i = 0; i < columns.size(); i++) {
            present = present.and(col(GraphMapper.quoted(":reference" + i)).isNotNull());
            on = on.and(col(GraphMapper.quoted(":reference" + i)).equalTo(col(GraphMapper.quoted(":key" + i))));
        }
        return references.where(present).join(nodeKeys, on, "left_anti").count();
    }

    private static List<Column> renamed(Dataset<Row> data, List<StructField> columns, String prefix) {
        List<Column> renamed = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            renamed.add(data.col(GraphMapper.quoted(columns.get(i).name())).as(prefix + i));
        }
        return renamed;
    }

    private static String names(List<StructField> columns) {
        return String.join(", ", columns.stream().map(StructField::name).toList());
    }

    private record NodeKey(NodeTableMapping node, List<StructField> key) {
    }
}
