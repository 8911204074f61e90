package org.quiver.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quiver.api.PropertyGraph;
import org.quiver.parser.error.ArgumentError;
import org.quiver.testing.TestSpark;

class GraphDirectoryCatalogTest {
    @TempDir
    Path root;

    private static PropertyGraph graph(String create) {
        return TestSpark.quiver().cypher(TestSpark.quiver().emptyGraph(), create).graph();
    }

    private static List<List<Object>> rows(PropertyGraph graph, String query) {
        return TestSpark.quiver().cypher(graph, query).rows();
    }

    @Test
    void namesSaveLoadAndDrop() throws Exception {
        GraphDirectoryCatalog catalog = new GraphDirectoryCatalog(TestSpark.spark(), root, StoreFormat.PARQUET);
        Files.createDirectories(root.resolve("not-a-graph"));
        assertEquals(List.of(), catalog.names());
        assertEquals(Optional.empty(), catalog.load("social"));

        assertEquals(1, catalog.save("social", graph("CREATE (:P {n: 1})")));
        assertEquals(2, catalog.save("social", graph("CREATE (:P {n: 2}), (:P {n: 3})")));
        assertEquals(1, catalog.save("the other one", graph("CREATE (:Q)")));
        assertEquals(List.of("social", "the other one"), catalog.names());
        assertEquals(List.of(List.of(2L)), rows(catalog.load("social").orElseThrow(), "MATCH (p:P) RETURN count(p)"));

        assertTrue(catalog.drop("social"));
        assertFalse(catalog.drop("social"));
        assertEquals(List.of("the other one"), catalog.names());
        assertEquals(Optional.empty(), catalog.load("social"));
    }

    @Test
    void aNameIsOneDirectoryName() {
        GraphDirectoryCatalog catalog = new GraphDirectoryCatalog(TestSpark.spark(), root, StoreFormat.PARQUET);
        for (String name : List.of("", "../escape", "a/b", ".hidden", "_versions")) {
            assertThrows(ArgumentError.class, () -> catalog.load(name), name);
        }
    }
}
