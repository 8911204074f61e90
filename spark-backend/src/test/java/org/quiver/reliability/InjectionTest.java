package org.quiver.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quiver.reliability.HostileNames.NAMES;
import static org.quiver.reliability.HostileNames.VALUES;
import static org.quiver.reliability.HostileNames.cypher;
import static org.quiver.reliability.HostileNames.literal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.ipc.ArrowFileReader;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quiver.api.PropertyGraph;
import org.quiver.api.QuiverSession;
import org.quiver.store.StoreFormat;
import org.quiver.testing.TestSpark;

/**
 * Hostile labels, relationship types, property keys and string values travel through every way
 * into and out of a graph (CREATE, SET, MERGE, CSV files, mapping statements over views, catalog
 * tables, stored graphs, Arrow files) and come back exactly: Spark sees them only as data or quoted names.
 */
class InjectionTest {
    private static final QuiverSession QUIVER = TestSpark.quiver();
    private static final String NODES = "MATCH (n) WHERE NOT n:Target RETURN labels(n), properties(n)";
    private static final String RELATIONSHIPS = "MATCH ()-[r]->() RETURN type(r), properties(r)";

    @TempDir
    static Path temp;

    @BeforeAll
    static void database() {
        TestSpark.spark().sql("CREATE DATABASE IF NOT EXISTS w_injection LOCATION '" + temp.resolve("warehouse").toUri() + "'");
    }

    @AfterAll
    static void dropDatabase() {
        TestSpark.spark().sql("DROP DATABASE IF EXISTS w_injection CASCADE");
    }

    private static String value(int i) {
        return VALUES.get(i % VALUES.size());
    }

    /** Node i: label NAMES[i], property NAMES[i] = value(i) and {@code lit} = value(i + 1); its relationship likewise. */
    private static PropertyGraph created() {
        List<String> parts = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        for (int i = 0; i < NAMES.size(); i++) {
            String name = cypher(NAMES.get(i));
            parameters.put("v" + i, value(i));
            parts.add("(:" + name + " {" + name + ": $v" + i + ", lit: " + literal(value(i + 1)) + "})-[:" + name
                    + " {" + name + ": " + literal(value(i)) + "}]->(:Target)");
        }
        return QUIVER.cypher(QUIVER.emptyGraph(), "CREATE " + String.join(", ", parts), parameters).graph();
    }

    private static Set<List<Object>> expectedNodes(int valueShift) {
        Set<List<Object>> rows = new HashSet<>();
        for (int i = 0; i < NAMES.size(); i++) {
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put(NAMES.get(i), value(i + valueShift));
            properties.put("lit", value(i + 1));
            rows.add(List.of(List.of(NAMES.get(i)), properties));
        }
        return rows;
    }

    private static Set<List<Object>> expectedRelationships() {
        Set<List<Object>> rows = new HashSet<>();
        for (int i = 0; i < NAMES.size(); i++) {
            rows.add(List.of(NAMES.get(i), Map.of(NAMES.get(i), value(i))));
        }
        return rows;
    }

    private static Set<List<Object>> rows(PropertyGraph graph, String query) {
        return new HashSet<>(QUIVER.cypher(graph, query).rows());
    }

    @Test
    void createMatchSetAndMergeKeepNamesAndValues() {
        PropertyGraph graph = created();
        assertEquals(expectedNodes(0), rows(graph, NODES));
        assertEquals(expectedRelationships(), rows(graph, RELATIONSHIPS));

        List<String> matches = new ArrayList<>();
        List<String> sets = new ArrayList<>();
        List<String> merges = new ArrayList<>();
        for (int i = 0; i < NAMES.size(); i++) {
            String name = cypher(NAMES.get(i));
            matches.add("(n" + i + ":" + name + " {" + name + ": " + literal(value(i)) + "})-[:" + name + "]->()");
            sets.add("n" + i + "." + name + " = " + literal(value(i + 2)));
            merges.add("MERGE (:" + name + " {" + name + ": " + literal(value(i + 2)) + ", lit: " + literal(value(i + 1)) + "})");
        }
        assertEquals(Set.of(List.of(1L)), rows(graph, "MATCH " + String.join(", ", matches) + " RETURN count(*)"));

        PropertyGraph set = QUIVER.cypher(graph, "MATCH " + String.join(", ", matches) + " SET " + String.join(", ", sets)).graph();
        assertEquals(expectedNodes(2), rows(set, NODES));

        // Each MERGE finds the node SET left, so nothing is created.
        PropertyGraph merged = QUIVER.cypher(set, String.join(" ", merges)).graph();
        assertEquals(expectedNodes(2), rows(merged, NODES));
    }

    @Test
    void arrowFilesKeepHostileColumnNamesAndValues() throws IOException {
        List<String> items = new ArrayList<>();
        for (int i = 0; i < NAMES.size(); i++) {
            items.add(literal(value(i)) + " AS " + cypher(NAMES.get(i)));
        }
        Path file = temp.resolve("hostile.arrow");
        QUIVER.cypher("RETURN " + String.join(", ", items)).writeArrow(file);

        List<String> columns = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        try (BufferAllocator allocator = new RootAllocator();
                ArrowFileReader reader = new ArrowFileReader(Files.newByteChannel(file), allocator)) {
            assertTrue(reader.loadNextBatch());
            for (FieldVector vector : reader.getVectorSchemaRoot().getFieldVectors()) {
                columns.add(vector.getName());
                values.add(vector.getObject(0).toString());
            }
        }
        assertEquals(NAMES, columns);
        List<Object> expected = new ArrayList<>();
        for (int i = 0; i < NAMES.size(); i++) {
            expected.add(value(i));
        }
        assertEquals(expected, values);
    }

    @Test
    void csvFilesWithHostileHeadersLabelsAndValues() throws IOException {
        // ';' splits :LABEL into several labels and ':' ends a header name, so those stay out of this file's names.
        List<String> names = NAMES.stream().filter(n -> !n.contains(";") && !n.contains(":")).toList();
        StringBuilder nodes = new StringBuilder(":ID,:LABEL");
        names.forEach(n -> nodes.append(',').append(csv(n + ":string")));
        nodes.append('\n');
        StringBuilder relationships = new StringBuilder(":START_ID,:END_ID,:TYPE,note:string\n");
        for (int i = 0; i < names.size(); i++) {
            nodes.append(i).append(',').append(csv(names.get(i)));
            for (int j = 0; j < names.size(); j++) {
                nodes.append(',').append(i == j ? csv(value(i)) : "");
            }
            nodes.append('\n');
            relationships.append(i).append(',').append((i + 1) % names.size()).append(',').append(csv(names.get(i)))
                    .append(',').append(csv(value(i + 3))).append('\n');
        }
        Path directory = temp.resolve("csv");
        Files.createDirectories(directory.resolve("nodes"));
        Files.createDirectories(directory.resolve("relationships"));
        Files.writeString(directory.resolve("nodes/hostile.csv"), nodes, StandardCharsets.UTF_8);
        Files.writeString(directory.resolve("relationships/hostile.csv"), relationships, StandardCharsets.UTF_8);

        PropertyGraph graph = QUIVER.loadGraph(directory);
        Set<List<Object>> expectedNodes = new HashSet<>();
        Set<List<Object>> expectedRelationships = new HashSet<>();
        for (int i = 0; i < names.size(); i++) {
            expectedNodes.add(List.of(List.of(names.get(i)), Map.of(names.get(i), value(i))));
            expectedRelationships.add(List.of(names.get(i), Map.of("note", value(i + 3))));
        }
        assertEquals(expectedNodes, rows(graph, NODES));
        assertEquals(expectedRelationships, rows(graph, RELATIONSHIPS));
    }

    private static String csv(String field) {
        return "\"" + field.replace("\"", "\"\"") + "\"";
    }

    @Test
    void mappingStatementOverAViewWithHostileColumns() {
        StructType schema = new StructType().add("id", DataTypes.LongType, false);
        for (String name : NAMES) {
            schema = schema.add(name, DataTypes.StringType, true);
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            List<Object> row = new ArrayList<>(List.of((long) i));
            for (int j = 0; j < NAMES.size(); j++) {
                row.add(value(i + j));
            }
            rows.add(RowFactory.create(row.toArray()));
        }
        TestSpark.spark().createDataFrame(rows, schema).createOrReplaceTempView("injection_nodes");

        // All columns under their own names; then each renamed to the next hostile name.
        List<String> renames = new ArrayList<>();
        for (int j = 0; j < NAMES.size(); j++) {
            renames.add(cypher(NAMES.get(j)) + " AS " + cypher(NAMES.get((j + 1) % NAMES.size()) + "!"));
        }
        PropertyGraph all = QUIVER.execute("CREATE OR REPLACE PROPERTY GRAPH injection_all NODE TABLES ("
                + "injection_nodes KEY (id) LABEL " + cypher(NAMES.get(0)) + ")").orElseThrow();
        PropertyGraph renamed = QUIVER.execute("CREATE OR REPLACE PROPERTY GRAPH injection_renamed NODE TABLES ("
                + "injection_nodes KEY (id) LABEL " + cypher(NAMES.get(3)) + " PROPERTIES (" + String.join(", ", renames)
                + "))").orElseThrow();

        Set<List<Object>> expectedAll = new HashSet<>();
        Set<List<Object>> expectedRenamed = new HashSet<>();
        for (int i = 0; i < 3; i++) {
            Map<String, Object> own = new HashMap<>(Map.of("id", (long) i));
            Map<String, Object> moved = new HashMap<>();
            for (int j = 0; j < NAMES.size(); j++) {
                own.put(NAMES.get(j), value(i + j));
                moved.put(NAMES.get((j + 1) % NAMES.size()) + "!", value(i + j));
            }
            expectedAll.add(List.of(List.of(NAMES.get(0)), own));
            expectedRenamed.add(List.of(List.of(NAMES.get(3)), moved));
        }
        assertEquals(expectedAll, rows(all, "MATCH (n:" + cypher(NAMES.get(0)) + ") RETURN labels(n), properties(n)"));
        assertEquals(expectedRenamed, rows(renamed, "MATCH (n) RETURN labels(n), properties(n)"));
        QUIVER.execute("DROP PROPERTY GRAPH injection_all");
        QUIVER.execute("DROP PROPERTY GRAPH injection_renamed");
    }

    @Test
    void catalogTablesHoldTheNamesAsColumnsAndTheValuesAsData() {
        List<String> tables = QUIVER.writeGraph(created(), "w_injection.hostile");
        Set<String> columns = new HashSet<>();
        Set<Object> cells = new HashSet<>();
        for (String table : tables) {
            Dataset<Row> data = TestSpark.spark().table(table);
            columns.addAll(List.of(data.columns()));
            for (Row row : data.collectAsList()) {
                for (int i = 0; i < row.size(); i++) {
                    cells.add(row.get(i));
                }
            }
        }
        assertTrue(columns.containsAll(NAMES), "columns " + columns);
        assertTrue(cells.containsAll(VALUES), "cells " + cells);
    }

    /**
     * One node with every hostile label and key, and relationships of three hostile types: few
     * tables, since each format writes one per label combination and type.
     */
    @Test
    void storedGraphsLoadBackTheSame() {
        List<String> types = List.of(NAMES.get(0), NAMES.get(5), NAMES.get(NAMES.size() - 1));
        StringBuilder labels = new StringBuilder();
        List<String> properties = new ArrayList<>();
        Map<String, Object> expectedProperties = new HashMap<>();
        for (int i = 0; i < NAMES.size(); i++) {
            labels.append(':').append(cypher(NAMES.get(i)));
            properties.add(cypher(NAMES.get(i)) + ": " + literal(value(i)));
            expectedProperties.put(NAMES.get(i), value(i));
        }
        StringBuilder create = new StringBuilder("CREATE (n" + labels + " {" + String.join(", ", properties) + "})");
        Set<List<Object>> expectedRelationships = new HashSet<>();
        for (int i = 0; i < types.size(); i++) {
            create.append(", (n)-[:").append(cypher(types.get(i))).append(" {").append(cypher(types.get(i))).append(": ")
                    .append(literal(value(i + 4))).append("}]->(:Target)");
            expectedRelationships.add(List.of(types.get(i), Map.of(types.get(i), value(i + 4))));
        }
        PropertyGraph graph = QUIVER.cypher(QUIVER.emptyGraph(), create.toString()).graph();
        String nodes = "MATCH (n) WHERE NOT n:Target UNWIND labels(n) AS label RETURN label, properties(n)";
        Set<List<Object>> expectedNodes = new HashSet<>();
        NAMES.forEach(label -> expectedNodes.add(List.of(label, expectedProperties)));
        assertEquals(expectedNodes, rows(graph, nodes));
        for (StoreFormat format : StoreFormat.values()) {
            Path directory = temp.resolve("stored-" + format.id());
            QUIVER.saveGraph(graph, directory, format);
            PropertyGraph back = QUIVER.loadGraph(directory);
            assertEquals(expectedNodes, rows(back, nodes), format.id());
            assertEquals(expectedRelationships, rows(back, RELATIONSHIPS), format.id());
        }
    }

    /** A label starting with `$` or non-Latin text once named a CSV table directory that Spark skips as hidden. */
    @Test
    void aCsvStoredGraphKeepsLabelsWhoseDirectoryNameWouldBeHidden() {
        PropertyGraph graph = QUIVER.cypher(QUIVER.emptyGraph(),
                "CREATE (:`$dollar` {v: 1}), (:`日本` {v: 2}), (:`/*c*/` {v: 3})").graph();
        Path directory = temp.resolve("stored-hidden");
        QUIVER.saveGraph(graph, directory, StoreFormat.CSV);
        assertEquals(Set.of(List.of(List.of("$dollar"), 1L), List.of(List.of("日本"), 2L), List.of(List.of("/*c*/"), 3L)),
                rows(QUIVER.loadGraph(directory), "MATCH (n) RETURN labels(n), n.v"));
    }
}
