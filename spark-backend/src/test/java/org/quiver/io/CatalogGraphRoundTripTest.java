package org.quiver.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quiver.api.PropertyGraph;
import org.quiver.api.QuiverSession;
import org.quiver.io.TableWriteOptions.RelationshipKey;
import org.quiver.parser.error.DataError;
import org.quiver.store.StoreFormat;
import org.quiver.testing.TestSpark;

/**
 * Graphs written to catalog tables read back with {@code readGraph} as the same graph (ids, labels,
 * types, property types) in each table format; bucketed tables let an expansion join without a shuffle.
 */
class CatalogGraphRoundTripTest {
    private static final QuiverSession QUIVER = TestSpark.quiver();
    private static final SparkSession SPARK = TestSpark.spark();
    private static final String NODES = "MATCH (n) RETURN id(n), labels(n), properties(n) ORDER BY id(n)";
    private static final String RELATIONSHIPS = "MATCH (a)-[r]->(b) RETURN id(r), type(r), id(a), id(b), properties(r) "
            + "ORDER BY id(r)";
    private static final String FORWARD = "MATCH (a:Person)-[k:KNOWS]->(b) RETURN a.name, k.since, id(b)";
    private static final String BACKWARD = "MATCH (a)-[k:KNOWS]->(b:Person) RETURN id(a), k.since, b.name";

    @TempDir
    static Path warehouse;

    @BeforeAll
    static void database() {
        SPARK.sql("CREATE DATABASE IF NOT EXISTS rt_test LOCATION '" + warehouse.toUri() + "'");
    }

    @AfterAll
    static void dropDatabase() {
        SPARK.sql("DROP DATABASE IF EXISTS rt_test CASCADE");
    }

    @Test
    void readsBackTheSameGraphInEachFormat() {
        PropertyGraph social = social();
        for (StoreFormat format : List.of(StoreFormat.PARQUET, StoreFormat.ORC, StoreFormat.DELTA)) {
            String prefix = "rt_test.social_" + format.id();
            QUIVER.writeGraph(social, prefix, TableWriteOptions.format(format));
            PropertyGraph back = QUIVER.readGraph(prefix);
            assertEquals(social.schema(), back.schema(), format.id());
            assertEquals(QUIVER.cypher(social, NODES).rows(), QUIVER.cypher(back, NODES).rows(), format.id());
            assertEquals(QUIVER.cypher(social, RELATIONSHIPS).rows(), QUIVER.cypher(back, RELATIONSHIPS).rows(),
                    format.id());
        }
    }

    @Test
    void aGraphUpdatedAfterReadingCanBeWrittenAgain() {
        QUIVER.writeGraph(social(), "rt_test.grown");
        PropertyGraph grown = QUIVER.cypher(QUIVER.readGraph("rt_test.grown"),
                "MATCH (p:Person {name: 'Amara Okafor'}) CREATE (p)-[:KNOWS {since: 2026}]->(:Person {name: 'Zoe'})").graph();
        // Overwriting the tables `grown` reads from leaves `grown` without its files: take its rows first.
        List<List<Object>> expected = QUIVER.cypher(grown, RELATIONSHIPS).rows();
        QUIVER.writeGraph(grown, "rt_test.grown");
        PropertyGraph back = QUIVER.readGraph("rt_test.grown");
        assertEquals(expected, QUIVER.cypher(back, RELATIONSHIPS).rows());
        assertEquals(List.of(List.of("Zoe")), QUIVER.cypher(back,
                "MATCH (:Person {name: 'Amara Okafor'})-[:KNOWS {since: 2026}]->(z) RETURN z.name").rows());
    }

    @Test
    void bucketedTablesJoinWithoutAShuffle() {
        PropertyGraph social = social();
        QUIVER.writeGraph(social, "rt_test.plain");
        QUIVER.writeGraph(social, "rt_test.forward", TableWriteOptions.bucketed(4));
        QUIVER.writeGraph(social, "rt_test.backward", TableWriteOptions.bucketed(4).by(RelationshipKey.TARGET));
        PropertyGraph plain = QUIVER.readGraph("rt_test.plain");
        PropertyGraph forward = QUIVER.readGraph("rt_test.forward");
        PropertyGraph backward = QUIVER.readGraph("rt_test.backward");
        withoutBroadcastJoins(() -> {
            assertTrue(physicalPlan(plain, FORWARD).contains("Exchange hashpartitioning"), physicalPlan(plain, FORWARD));
            assertFalse(physicalPlan(forward, FORWARD).contains("Exchange"), physicalPlan(forward, FORWARD));
            assertFalse(physicalPlan(backward, BACKWARD).contains("Exchange"), physicalPlan(backward, BACKWARD));
            assertTrue(physicalPlan(forward, BACKWARD).contains("Exchange hashpartitioning"));
            return null;
        });
        assertEquals(sorted(QUIVER.cypher(social, FORWARD).rows()), sorted(QUIVER.cypher(forward, FORWARD).rows()));
        assertEquals(sorted(QUIVER.cypher(social, BACKWARD).rows()), sorted(QUIVER.cypher(backward, BACKWARD).rows()));
    }

    @Test
    void badOptionsAndMissingGraphsAreClearErrors() {
        IllegalArgumentException delta = assertThrows(IllegalArgumentException.class,
                () -> TableWriteOptions.bucketed(8).in(StoreFormat.DELTA));
        assertEquals("Delta tables cannot be bucketed (Spark buckets Parquet and ORC catalog tables only)",
                delta.getMessage());
        assertThrows(IllegalArgumentException.class, () -> TableWriteOptions.bucketed(0));
        assertThrows(IllegalArgumentException.class, () -> TableWriteOptions.format(StoreFormat.CSV));
        DataError missing = assertThrows(DataError.class, () -> QUIVER.readGraph("rt_test.nothing"));
        assertEquals("rt_test.nothing: database rt_test has no tables of a graph named nothing (tables written by writeGraph carry "
                + "the table property quiver.graph)", missing.reason());
    }

    private static PropertyGraph social() {
        return QUIVER.loadGraph(Path.of("../examples/social"));
    }

    private static String physicalPlan(PropertyGraph graph, String query) {
        return QUIVER.cypher(graph, query).toDataFrame().queryExecution().executedPlan().toString();
    }

    private static <T> T withoutBroadcastJoins(Supplier<T> action) {
        String threshold = SPARK.conf().get("spark.sql.autoBroadcastJoinThreshold");
        SPARK.conf().set("spark.sql.autoBroadcastJoinThreshold", "-1");
        try {
            return action.get();
        } finally {
            SPARK.conf().set("spark.sql.autoBroadcastJoinThreshold", threshold);
        }
    }

    private static List<String> sorted(List<List<Object>> rows) {
        return rows.stream().map(String::valueOf).sorted().toList();
    }
}
