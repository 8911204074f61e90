package org.quiver.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quiver.api.PropertyGraph;
import org.quiver.testing.TestSpark;

/**
 * A reader that loads the latest version while a writer publishes new ones sees whole versions
 * only: version k has k nodes, each with {@code v = k}, and k - 1 relationships with {@code v = k},
 * so a mix of two versions' tables would show. Delta, where all versions share one table per label.
 */
class ConcurrentReaderTest {
    private static final String SHAPE = "MATCH (n:V) WITH count(n) AS nodes, min(n.v) AS low, max(n.v) AS high "
            + "OPTIONAL MATCH ()-[r:NEXT]->() RETURN nodes, low, high, count(r), min(r.v), max(r.v)";
    private static final int VERSIONS = 4;

    @TempDir
    Path temp;

    @Test
    void aReaderSeesWholeVersionsOnly() {
        Path directory = temp.resolve("g");
        GraphStore store = new GraphStore(TestSpark.spark());
        store.save(version(1), directory, StoreFormat.DELTA);

        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
            for (long k = 2; k <= VERSIONS; k++) {
                store.save(version(k), directory, StoreFormat.DELTA);
            }
        });
        List<Long> seen = new ArrayList<>();
        do {
            PropertyGraph latest = store.load(directory);
            List<Object> shape = TestSpark.quiver().cypher(latest, SHAPE).rows().get(0);
            long k = (Long) shape.get(0);
            Long edgeValue = k == 1 ? null : Long.valueOf(k);
            assertEquals(java.util.Arrays.asList(k, k, k, k - 1, edgeValue, edgeValue), new ArrayList<>(shape),
                    "a mixed version");
            seen.add(k);
        } while (!writer.isDone());
        writer.join();
        assertEquals(List.of(1L, 2L, 3L, 4L), store.versions(directory));
        assertTrue(seen.stream().allMatch(k -> k >= 1 && k <= VERSIONS), seen.toString());
    }

    /** k nodes in a chain, every element with {@code v = k}. */
    private static PropertyGraph version(long k) {
        java.util.Map<String, Object> parameters = java.util.Map.of("k", k);
        PropertyGraph nodes = TestSpark.quiver().cypher(TestSpark.quiver().emptyGraph(),
                "UNWIND range(1, $k) AS i CREATE (:V {v: $k, i: i})", parameters).graph();
        return TestSpark.quiver().cypher(nodes,
                "MATCH (a:V), (b:V) WHERE b.i = a.i + 1 CREATE (a)-[:NEXT {v: $k}]->(b)", parameters).graph();
    }
}
