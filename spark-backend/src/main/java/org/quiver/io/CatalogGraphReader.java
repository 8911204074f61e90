package org.quiver.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalog.Table;
import org.quiver.api.PropertyGraph;
import org.quiver.graph.NodeTable;
import org.quiver.graph.RelationshipTable;
import org.quiver.parser.error.DataError;
import org.quiver.planner.types.CypherType;
import org.quiver.store.CypherTypeNames;

/**
 * Reads back a graph {@link CatalogGraphWriter} wrote: the tables of the prefix's database whose
 * table properties name the graph. Element ids are the written ones, used as they are, so bucketed
 * tables stay partitioned by their keys in the queries' joins. No data is read until a query runs.
 *
 * <p>Thread-safe: stateless.
 */
public final class CatalogGraphReader {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String STAGING = "_staging_";

    private final SparkSession spark;

    public CatalogGraphReader(SparkSession spark) {
        this.spark = spark;
    }

    public PropertyGraph read(String prefix) {
        int dot = prefix.lastIndexOf('.');
        String database = dot < 0 ? spark.catalog().currentDatabase() : prefix.substring(0, dot);
        String graph = CatalogGraphWriter.graphName(prefix);
        List<NodeTable> nodes = new ArrayList<>();
        List<RelationshipTable> relationships = new ArrayList<>();
        for (Table table : tables(prefix, database)) {
            String name = table.name().toLowerCase(Locale.ROOT);
            if (table.isTemporary() || name.contains(STAGING)
                    || !(name.startsWith(graph + "_nodes_") || name.startsWith(graph + "_relationships_"))) {
                continue;
            }
            String qualified = database + "." + table.name();
            Map<String, String> properties = tableProperties(qualified);
            if (!graph.equals(properties.get(CatalogGraphWriter.GRAPH))) {
                continue;
            }
            Map<String, CypherType> types = propertyTypes(qualified, properties);
            Dataset<Row> data = spark.table(CatalogGraphWriter.quoted(qualified));
            if (CatalogGraphWriter.NODES.equals(properties.get(CatalogGraphWriter.KIND))) {
                List<String> labels = parse(qualified, CatalogGraphWriter.LABELS, properties, new TypeReference<>() { });
                nodes.add(new NodeTable(new LinkedHashSet<>(labels), types,
                        select(data, types, CatalogGraphWriter.ID, NodeTable.ID)));
            } else {
                relationships.add(new RelationshipTable(require(qualified, CatalogGraphWriter.TYPE, properties), types,
                        select(data, types, CatalogGraphWriter.ID, RelationshipTable.ID, CatalogGraphWriter.SOURCE,
                                RelationshipTable.SOURCE, CatalogGraphWriter.TARGET, RelationshipTable.TARGET)));
            }
        }
        if (nodes.isEmpty() && relationships.isEmpty()) {
            throw new DataError(prefix, 0, null, "database " + database + " has no tables of a graph named " + graph
                    + " (tables written by writeGraph carry the table property " + CatalogGraphWriter.GRAPH + ")");
        }
        return new PropertyGraph(nodes, relationships);
    }

    private List<Table> tables(String prefix, String database) {
        try {
            return spark.catalog().listTables(database).collectAsList();
        } catch (org.apache.spark.sql.AnalysisException e) {
            throw new DataError(prefix, 0, null, "there is no database " + database + " in the Spark catalog");
        }
    }

    /** The id columns (pairs of written name and Quiver's name), then the properties. */
    private static Dataset<Row> select(Dataset<Row> data, Map<String, CypherType> properties, String... idNames) {
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < idNames.length; i += 2) {
            columns.add(data.col(idNames[i]).as(idNames[i + 1]));
        }
        properties.keySet().forEach(key -> columns.add(data.col(CatalogGraphWriter.column(key)).as(key)));
        return data.select(columns.toArray(Column[]::new));
    }

    private Map<String, String> tableProperties(String qualified) {
        Map<String, String> properties = new LinkedHashMap<>();
        for (Row row : spark.sql("SHOW TBLPROPERTIES " + CatalogGraphWriter.quoted(qualified)).collectAsList()) {
            properties.put(row.getString(0), row.getString(1));
        }
        return properties;
    }

    private static Map<String, CypherType> propertyTypes(String table, Map<String, String> properties) {
        Map<String, String> names = parse(table, CatalogGraphWriter.PROPERTIES, properties, new TypeReference<>() { });
        Map<String, CypherType> types = new LinkedHashMap<>();
        names.forEach((key, name) -> types.put(key, CypherTypeNames.parse(name).orElseThrow(() -> new DataError(table, 0,
                key, "table property " + CatalogGraphWriter.PROPERTIES + " names an unknown Cypher type '" + name + "'"))));
        return types;
    }

    private static <T> T parse(String table, String key, Map<String, String> properties, TypeReference<T> type) {
        String text = require(table, key, properties);
        try {
            return JSON.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new DataError(table, 0, null, "table property " + key + " is not the JSON writeGraph writes: " + text);
        }
    }

    private static String require(String table, String key, Map<String, String> properties) {
        String value = properties.get(key);
        if (value == null) {
            throw new DataError(table, 0, null, "has no table property " + key + "; was it written by writeGraph?");
        }
        return value;
    }
}
