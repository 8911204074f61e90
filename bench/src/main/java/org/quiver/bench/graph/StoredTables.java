package org.quiver.bench.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.quiver.api.PropertyGraph;
import org.quiver.graph.NodeTable;
import org.quiver.graph.RelationshipTable;
import org.quiver.planner.types.CypherType;

/**
 * A graph's tables as Parquet, one directory a table ({@code nodes-<Label>},
 * {@code relationships-<TYPE>}), written once and reused by later runs: the directory names give
 * labels and types, the Parquet schemas the property types. A marker file written last says the
 * set is complete.
 */
final class StoredTables {
    private static final String COMPLETE = "_complete";
    private static final String NODES = "nodes-";
    private static final String RELATIONSHIPS = "relationships-";

    private StoredTables() {
    }

    static boolean exist(Path dir) {
        return Files.exists(dir.resolve(COMPLETE));
    }

    static PropertyGraph write(SparkSession spark, PropertyGraph graph, Path dir) {
        for (NodeTable table : graph.nodeTables()) {
            write(table.data(), dir.resolve(NODES + String.join("-", table.labels())));
        }
        for (RelationshipTable table : graph.relationshipTables()) {
            write(table.data(), dir.resolve(RELATIONSHIPS + table.type()));
        }
        try {
            Files.writeString(dir.resolve(COMPLETE), "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return read(spark, dir);
    }

    private static void write(Dataset<Row> data, Path path) {
        data.write().mode(SaveMode.Overwrite).parquet(path.toString());
    }

    static PropertyGraph read(SparkSession spark, Path dir) {
        List<NodeTable> nodes = new ArrayList<>();
        List<RelationshipTable> relationships = new ArrayList<>();
        for (Path table : tables(dir)) {
            String name = table.getFileName().toString();
            Dataset<Row> data = spark.read().parquet(table.toString());
            if (name.startsWith(NODES)) {
                Set<String> labels = Set.copyOf(Arrays.asList(name.substring(NODES.length()).split("-")));
                nodes.add(new NodeTable(labels, properties(data, NodeTable.ID), data));
            } else {
                relationships.add(new RelationshipTable(name.substring(RELATIONSHIPS.length()),
                        properties(data, RelationshipTable.ID, RelationshipTable.SOURCE, RelationshipTable.TARGET), data));
            }
        }
        return new PropertyGraph(nodes, relationships);
    }

    private static List<Path> tables(Path dir) {
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, CypherType> properties(Dataset<Row> data, String... idColumns) {
        Map<String, CypherType> properties = new LinkedHashMap<>();
        for (StructField field : data.schema().fields()) {
            if (!Arrays.asList(idColumns).contains(field.name())) {
                properties.put(field.name(), cypherType(field.dataType()));
            }
        }
        return properties;
    }

    /**
     * The inverse of Quiver's {@code SparkTypes.of} for the column types the CSV loader makes. Uses
     * the {@code CypherType} constants, not {@code CypherType.Basic}'s: touching {@code Basic} first
     * initializes {@code CypherType} in the middle of {@code Basic}'s own initialization, which
     * leaves {@code CypherType.NODE} and the other constants null for the whole JVM.
     */
    private static CypherType cypherType(DataType type) {
        if (type instanceof ArrayType array) {
            return new CypherType.ListOf(cypherType(array.elementType()));
        }
        if (type.equals(DataTypes.LongType)) {
            return CypherType.INTEGER;
        }
        if (type.equals(DataTypes.DoubleType)) {
            return CypherType.FLOAT;
        }
        if (type.equals(DataTypes.StringType)) {
            return CypherType.STRING;
        }
        if (type.equals(DataTypes.BooleanType)) {
            return CypherType.BOOLEAN;
        }
        throw new IllegalArgumentException("no Cypher type for the stored column type " + type);
    }
}
