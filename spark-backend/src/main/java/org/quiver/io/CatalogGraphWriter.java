package org.quiver.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.quiver.api.PropertyGraph;
import org.quiver.compile.RuntimeErrors;
import org.quiver.graph.NodeTable;
import org.quiver.graph.RelationshipTable;
import org.quiver.parser.error.UnsupportedFeature;

/**
 * Writes a graph to tables of the Spark catalog: one table per label combination
 * ({@code <prefix>_nodes_<labels>}) with the column {@value #ID} and one column per property, and
 * one per relationship type ({@code <prefix>_relationships_<type>}) with {@value #ID},
 * {@value #SOURCE} and {@value #TARGET} besides. Label and type names are lower-cased and reduced to
 * letters, digits and underscores; when that makes two names equal, the later gets a number.
 *
 * <p>What a failure leaves: every table is first written under a staging name; if any write fails,
 * the staged tables are dropped and the catalog is as before. Only then are tables already under
 * the final names dropped and the staged ones renamed: catalog operations without data writes, so
 * a failure there (the catalog itself failing) is rare; it is reported with the staged tables that
 * are left. Readers that look at the tables while the renames run may see some of them missing.
 *
 * <p>Thread-safe: stateless; concurrent writes stage under distinct random names, but two writes to one prefix race for the final names.
 */
public final class CatalogGraphWriter {
    public static final String ID = "_id";
    public static final String SOURCE = "_source";
    public static final String TARGET = "_target";

    private final SparkSession spark;

    public CatalogGraphWriter(SparkSession spark) {
        this.spark = spark;
    }

    /** @return the names of the tables written, node tables first */
    public List<String> write(PropertyGraph graph, String prefix) {
        Map<String, Dataset<Row>> tables = tables(graph, prefix);
        String staging = "_staging_" + UUID.randomUUID().toString().replace("-", "");
        List<String> staged = new ArrayList<>();
        try {
            for (var table : tables.entrySet()) {
                String name = table.getKey() + staging;
                staged.add(name);
                table.getValue().write().mode(SaveMode.ErrorIfExists).saveAsTable(quoted(name));
            }
        } catch (Exception e) {
            // Spark's job failures are checked exceptions to Java, thrown undeclared.
            staged.forEach(name -> spark.sql("DROP TABLE IF EXISTS " + quoted(name)));
            throw RuntimeErrors.translate(e).map(RuntimeException.class::cast).orElseGet(
                    () -> e instanceof RuntimeException r ? r : new IllegalStateException("writing the graph failed", e));
        }
        List<String> written = new ArrayList<>();
        for (String name : tables.keySet()) {
            spark.sql("DROP TABLE IF EXISTS " + quoted(name));
            spark.sql("ALTER TABLE " + quoted(name + staging) + " RENAME TO " + quoted(name));
            written.add(name);
        }
        return written;
    }

    private static Map<String, Dataset<Row>> tables(PropertyGraph graph, String prefix) {
        Map<Set<String>, Dataset<Row>> nodes = new LinkedHashMap<>();
        for (NodeTable table : graph.nodeTables()) {
            Dataset<Row> rows = columns(table.data(), table.properties().keySet(), NodeTable.ID);
            nodes.merge(table.labels(), rows, (a, b) -> a.unionByName(b, true));
        }
        Map<String, Dataset<Row>> relationships = new LinkedHashMap<>();
        for (RelationshipTable table : graph.relationshipTables()) {
            Dataset<Row> rows = columns(table.data(), table.properties().keySet(), RelationshipTable.ID,
                    RelationshipTable.SOURCE, RelationshipTable.TARGET);
            relationships.merge(table.type(), rows, (a, b) -> a.unionByName(b, true));
        }
        Map<String, Dataset<Row>> tables = new LinkedHashMap<>();
        nodes.forEach((labels, rows) -> tables.put(
                unique(tables, prefix + "_nodes_" + identifier(String.join("_", labels))), rows));
        relationships.forEach((type, rows) -> tables.put(
                unique(tables, prefix + "_relationships_" + identifier(type)), rows));
        return tables;
    }

    /** The id columns under their written names, then the properties. */
    private static Dataset<Row> columns(Dataset<Row> data, Set<String> properties, String... ids) {
        List<Column> columns = new ArrayList<>();
        for (String id : ids) {
            columns.add(data.col(column(id)).as("_" + id.substring(1)));
        }
        for (String property : properties) {
            if (property.startsWith("_")) {
                throw new UnsupportedFeature("Writing a property whose name starts with `_` (`" + property + "`)", null);
            }
            columns.add(data.col(column(property)));
        }
        return data.select(columns.toArray(Column[]::new));
    }

    private static String identifier(String name) {
        String plain = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        return plain.isEmpty() ? "unlabelled" : plain;
    }

    private static String unique(Map<String, ?> taken, String name) {
        String candidate = name;
        for (int i = 2; taken.containsKey(candidate); i++) {
            candidate = name + "_" + i;
        }
        return candidate;
    }

    /** A column name as one quoted part: a property key may contain dots. */
    private static String column(String name) {
        return "`" + name.replace("`", "``") + "`";
    }

    private static String quoted(String name) {
        return String.join(".", java.util.Arrays.stream(name.split("\\.", -1))
                .map(part -> "`" + part.replace("`", "``") + "`").toList());
    }
}
