package org.quiver.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.DataFrameWriter;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.quiver.api.PropertyGraph;
import org.quiver.compile.RuntimeErrors;
import org.quiver.graph.NodeTable;
import org.quiver.graph.RelationshipTable;
import org.quiver.parser.error.UnsupportedFeature;
import org.quiver.planner.types.CypherType;

/**
 * Writes a graph to tables of the Spark catalog: one table per label combination
 * ({@code <prefix>_nodes_<labels>}) with the column {@value #ID} and one column per property, and
 * one per relationship type ({@code <prefix>_relationships_<type>}) with {@value #ID},
 * {@value #SOURCE} and {@value #TARGET} besides. Label and type names are lower-cased and reduced to
 * letters, digits and underscores; when that makes two names equal, the later gets a number.
 * Table properties ({@value #KIND}, {@value #LABELS}, {@value #TYPE}, {@value #PROPERTIES}) keep the
 * exact labels, type and property types, so {@link CatalogGraphReader} reads the same graph back,
 * ids included. {@link TableWriteOptions} choose the format and bucketing.
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
    /** Table property: the graph's name, the last part of the prefix, lower-cased. */
    public static final String GRAPH = "quiver.graph";
    /** Table property: {@code nodes} or {@code relationships}. */
    public static final String KIND = "quiver.kind";
    /** Table property of node tables: the labels as a JSON array. */
    public static final String LABELS = "quiver.labels";
    /** Table property of relationship tables: the type. */
    public static final String TYPE = "quiver.type";
    /** Table property: a JSON object from property key (also the column name) to Cypher type name. */
    public static final String PROPERTIES = "quiver.properties";
    static final String NODES = "nodes";
    static final String RELATIONSHIPS = "relationships";
    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    private final SparkSession spark;

    public CatalogGraphWriter(SparkSession spark) {
        this.spark = spark;
    }

    /** Writes Parquet tables, not bucketed; see {@link #write(PropertyGraph, String, TableWriteOptions)}. */
    public List<String> write(PropertyGraph graph, String prefix) {
        return write(graph, prefix, TableWriteOptions.defaults());
    }

    /** @return the names of the tables written, node tables first */
    public List<String> write(PropertyGraph graph, String prefix, TableWriteOptions options) {
        List<TableToWrite> tables = tables(graph, prefix);
        String graphName = graphName(prefix);
        tables.forEach(table -> table.properties().put(GRAPH, graphName));
        String staging = "_staging_" + UUID.randomUUID().toString().replace("-", "");
        List<String> staged = new ArrayList<>();
        try {
            for (TableToWrite table : tables) {
                String name = table.name() + staging;
                staged.add(name);
                writer(table, options).saveAsTable(quoted(name));
                spark.sql("ALTER TABLE " + quoted(name) + " SET TBLPROPERTIES (" + table.properties().entrySet().stream()
                        .map(p -> literal(p.getKey()) + " = " + literal(p.getValue()))
                        .collect(java.util.stream.Collectors.joining(", ")) + ")");
            }
        } catch (Exception e) {
            // Spark's job failures are checked exceptions to Java, thrown undeclared.
            staged.forEach(name -> spark.sql("DROP TABLE IF EXISTS " + quoted(name)));
            throw RuntimeErrors.translate(e).map(RuntimeException.class::cast).orElseGet(
                    () -> e instanceof RuntimeException r ? r : new IllegalStateException("writing the graph failed", e));
        }
        List<String> written = new ArrayList<>();
        for (TableToWrite table : tables) {
            spark.sql("DROP TABLE IF EXISTS " + quoted(table.name()));
            spark.sql("ALTER TABLE " + quoted(table.name() + staging) + " RENAME TO " + quoted(table.name()));
            written.add(table.name());
        }
        return written;
    }

    private static DataFrameWriter<Row> writer(TableToWrite table, TableWriteOptions options) {
        DataFrameWriter<Row> writer = table.data().write().mode(SaveMode.ErrorIfExists).format(options.format().id());
        if (!options.isBucketed()) {
            return writer;
        }
        String key = table.kind().equals(NODES) ? ID
                : options.relationshipKey() == TableWriteOptions.RelationshipKey.SOURCE ? SOURCE : TARGET;
        return writer.bucketBy(options.buckets(), key).sortBy(key);
    }

    /** A table to write: its final name, rows and table properties. */
    private record TableToWrite(String name, String kind, Dataset<Row> data, Map<String, String> properties) {
    }

    private static List<TableToWrite> tables(PropertyGraph graph, String prefix) {
        Map<Set<String>, Dataset<Row>> nodes = new LinkedHashMap<>();
        Map<Set<String>, Map<String, CypherType>> nodeProperties = new LinkedHashMap<>();
        for (NodeTable table : graph.nodeTables()) {
            Dataset<Row> rows = columns(table.data(), table.properties().keySet(), NodeTable.ID);
            nodes.merge(table.labels(), rows, (a, b) -> a.unionByName(b, true));
            nodeProperties.merge(table.labels(), table.properties(), CatalogGraphWriter::joined);
        }
        Map<String, Dataset<Row>> relationships = new LinkedHashMap<>();
        Map<String, Map<String, CypherType>> relationshipProperties = new LinkedHashMap<>();
        for (RelationshipTable table : graph.relationshipTables()) {
            Dataset<Row> rows = columns(table.data(), table.properties().keySet(), RelationshipTable.ID,
                    RelationshipTable.SOURCE, RelationshipTable.TARGET);
            relationships.merge(table.type(), rows, (a, b) -> a.unionByName(b, true));
            relationshipProperties.merge(table.type(), table.properties(), CatalogGraphWriter::joined);
        }
        List<TableToWrite> tables = new ArrayList<>();
        Set<String> names = new java.util.HashSet<>();
        nodes.forEach((labels, rows) -> {
            Map<String, String> properties = new LinkedHashMap<>();
            properties.put(KIND, NODES);
            properties.put(LABELS, json(labels.stream().sorted().toList()));
            properties.put(PROPERTIES, typeNames(nodeProperties.get(labels)));
            String name = unique(names, prefix + "_nodes_" + identifier(String.join("_", labels)));
            tables.add(new TableToWrite(name, NODES, rows, properties));
        });
        relationships.forEach((type, rows) -> {
            Map<String, String> properties = new LinkedHashMap<>();
            properties.put(KIND, RELATIONSHIPS);
            properties.put(TYPE, type);
            properties.put(PROPERTIES, typeNames(relationshipProperties.get(type)));
            String name = unique(names, prefix + "_relationships_" + identifier(type));
            tables.add(new TableToWrite(name, RELATIONSHIPS, rows, properties));
        });
        return tables;
    }

    private static Map<String, CypherType> joined(Map<String, CypherType> a, Map<String, CypherType> b) {
        Map<String, CypherType> all = new LinkedHashMap<>(a);
        b.forEach((key, type) -> all.merge(key, type, CypherType::join));
        return all;
    }

    private static String typeNames(Map<String, CypherType> properties) {
        Map<String, String> names = new LinkedHashMap<>();
        properties.forEach((key, type) -> names.put(key, type.displayName()));
        return json(names);
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A SQL string literal: Spark reads backslash escapes in literals. */
    private static String literal(String text) {
        return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
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

    static String graphName(String prefix) {
        return prefix.substring(prefix.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    }

    private static String identifier(String name) {
        String plain = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        return plain.isEmpty() ? "unlabelled" : plain;
    }

    private static String unique(Set<String> taken, String name) {
        String candidate = name;
        for (int i = 2; !taken.add(candidate); i++) {
            candidate = name + "_" + i;
        }
        return candidate;
    }

    /** A column name as one quoted part: a property key may contain dots. */
    static String column(String name) {
        return "`" + name.replace("`", "``") + "`";
    }

    static String quoted(String name) {
        return String.join(".", java.util.Arrays.stream(name.split("\\.", -1))
                .map(part -> "`" + part.replace("`", "``") + "`").toList());
    }
}
