package org.quiver.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quiver.api.PropertyGraph;
import org.quiver.parser.error.DataError;
import org.quiver.parser.error.UnsupportedFeature;
import org.quiver.testing.TestSpark;

/** What a bad stored graph, or a graph a format cannot hold, is told with. */
class StoredGraphErrorsTest {
    @TempDir
    Path temp;

    private final GraphStore store = new GraphStore(TestSpark.spark());

    private static PropertyGraph graph(String create) {
        return TestSpark.quiver().cypher(TestSpark.quiver().emptyGraph(), create).graph();
    }

    @Test
    void aDirectoryOfNeitherKindIsNamed() throws Exception {
        Path directory = Files.createDirectories(temp.resolve("odd"));
        Files.writeString(directory.resolve("notes.txt"), "hello");
        DataError error = assertThrows(DataError.class, () -> TestSpark.quiver().loadGraph(directory));
        assertEquals(directory.toString(), error.source());
        assertTrue(error.getMessage().contains("neither a stored graph"), error.getMessage());
    }

    @Test
    void aManifestNamingAMissingTableIsNamed() throws Exception {
        Path directory = temp.resolve("g");
        store.save(graph("CREATE (:A {x: 1})-[:R]->(:B)"), directory, StoreFormat.PARQUET);
        Path table = onlyTable(directory, "relationships");
        deleteTree(table);

        DataError error = assertThrows(DataError.class, () -> store.load(directory));
        assertEquals(directory.resolve("_versions/1.json").toString(), error.source());
        assertTrue(error.getMessage().contains("which is not there"), error.getMessage());
    }

    @Test
    void aParquetFileWithTheWrongSchemaIsNamed() throws Exception {
        Path directory = temp.resolve("g");
        store.save(graph("CREATE (:A {x: 1})"), directory, StoreFormat.PARQUET);
        Path table = onlyTable(directory, "nodes");
        deleteTree(table);
        TestSpark.spark().sql("SELECT 0L AS _id, 'one' AS p0").write().parquet(table.toString());

        DataError error = assertThrows(DataError.class, () -> store.load(directory));
        assertTrue(error.source().startsWith(table.toString()) && error.source().endsWith(".parquet"), error.source());
        assertEquals("p0 (property x)", error.column());
        assertTrue(error.getMessage().contains("holds STRING where the manifest wants BIGINT"), error.getMessage());
    }

    @Test
    void aBrokenManifestIsNamed() throws Exception {
        Path directory = temp.resolve("g");
        store.save(graph("CREATE (:A)"), directory, StoreFormat.PARQUET);
        Path manifest = directory.resolve("_versions/1.json");
        Files.writeString(manifest, Files.readString(manifest).replace("\"nodes\"", "\"nodez\""));

        DataError error = assertThrows(DataError.class, () -> store.load(directory));
        assertEquals(manifest.toString(), error.source());
        assertTrue(error.getMessage().contains("`nodes` is missing"), error.getMessage());
    }

    @Test
    void aGraphIsNotStoredIntoADirectoryWithOtherFiles() throws Exception {
        Path directory = Files.createDirectories(temp.resolve("busy"));
        Files.writeString(directory.resolve("keep.txt"), "mine");
        DataError error = assertThrows(DataError.class,
                () -> store.save(graph("CREATE (:A)"), directory, StoreFormat.PARQUET));
        assertTrue(error.getMessage().contains("neither empty nor a stored graph"), error.getMessage());
        assertEquals(List.of(directory.resolve("keep.txt")), list(directory));
    }

    @Test
    void csvRefusesValuesItCannotHoldAndPublishesNothing() {
        Path directory = temp.resolve("g");
        DataError list = assertThrows(DataError.class,
                () -> store.save(graph("CREATE (:A {tags: ['x;y']})"), directory, StoreFormat.CSV));
        assertTrue(list.getMessage().contains("property tags") && list.getMessage().contains("[\"x;y\"]"),
                list.getMessage());
        UnsupportedFeature temporal = assertThrows(UnsupportedFeature.class,
                () -> store.save(graph("CREATE (:A {day: date('2020-01-01')})"), directory, StoreFormat.CSV));
        assertTrue(temporal.getMessage().contains("`day` of type Date in CSV"), temporal.getMessage());
        assertEquals(List.of(), store.versions(directory));
    }

    private static Path onlyTable(Path directory, String kind) throws Exception {
        try (Stream<Path> stages = Files.list(directory.resolve("data"))) {
            Path stage = stages.findFirst().orElseThrow();
            try (Stream<Path> tables = Files.list(stage.resolve(kind))) {
                return tables.findFirst().orElseThrow();
            }
        }
    }

    private static List<Path> list(Path directory) throws Exception {
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.toList();
        }
    }

    private static void deleteTree(Path directory) throws Exception {
        DirectoryTrees.delete(directory);
    }
}
