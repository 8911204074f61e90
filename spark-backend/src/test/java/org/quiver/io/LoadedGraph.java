package org.quiver.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.quiver.api.CsvOptions;
import org.quiver.api.PropertyGraph;
import org.quiver.graph.NodeTable;
import org.quiver.graph.RelationshipTable;
import org.quiver.testing.TestSpark;

/** A graph loaded for a test, with lookups of its tables and their rows in id order. */
record LoadedGraph(PropertyGraph graph) {

    static LoadedGraph load(Path directory) {
        return load(directory, CsvOptions.DEFAULTS);
    }

    static LoadedGraph load(Path directory, CsvOptions options) {
        return new LoadedGraph(CsvGraphLoader.load(TestSpark.spark(), directory, options));
    }

    NodeTable nodes(String... labels) {
        Set<String> wanted = Set.of(labels);
        List<NodeTable> tables = graph.nodeTables().stream().filter(t -> t.labels().equals(wanted)).toList();
        assertEquals(1, tables.size(), "node tables labelled " + Arrays.toString(labels));
        return tables.get(0);
    }

    RelationshipTable relationships(String type) {
        List<RelationshipTable> tables =
                graph.relationshipTables().stream().filter(t -> t.type().equals(type)).toList();
        assertEquals(1, tables.size(), "relationship tables of type " + type);
        return tables.get(0);
    }

    static List<Row> rows(NodeTable table) {
        return sorted(table.data().collectAsList());
    }

    static List<Row> rows(RelationshipTable table) {
        return sorted(table.data().collectAsList());
    }

    private static List<Row> sorted(List<Row> rows) {
        return rows.stream().sorted(Comparator.comparingLong(r -> r.getLong(0))).toList();
    }
}
