package org.quiver.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quiver.api.PropertyGraph;
import org.quiver.api.QuiverSession;
import org.quiver.parser.error.DataError;
import org.quiver.testing.TestSpark;

/** A graph written to catalog tables reads back as the same graph; a failed write leaves no table. */
class CatalogGraphWriterTest {
    private static final QuiverSession QUIVER = TestSpark.quiver();
    private static final SparkSession SPARK = TestSpark.spark();

    @TempDir
    static Path warehouse;

    /** The tables go to a database of their own in a temporary directory, dropped afterwards. */
    @BeforeAll
    static void database() {
        SPARK.sql("CREATE DATABASE IF NOT EXISTS w_test LOCATION '" + warehouse.toUri() + "'");
    }

    @AfterAll
    static void dropDatabase() {
        SPARK.sql("DROP DATABASE IF EXISTS w_test CASCADE");
    }

    @Test
    void writesOneTablePerLabelCombinationAndType() {
        PropertyGraph social = QUIVER.loadGraph(Path.of("../examples/social"));
        List<String> tables = QUIVER.writeGraph(social, "w_test.social");
        assertEquals(List.of("w_test.social_nodes_company", "w_test.social_nodes_person",
                "w_test.social_nodes_capital_city", "w_test.social_nodes_city", "w_test.social_nodes_region",
                "w_test.social_relationships_knows", "w_test.social_relationships_lives_in",
                "w_test.social_relationships_located_in", "w_test.social_relationships_works_at"), tables);
        assertEquals(count(social, "MATCH (p:Person) RETURN count(p)"), SPARK.table("w_test.social_nodes_person").count());
        assertEquals(count(social, "MATCH ()-[r:KNOWS]->() RETURN count(r)"),
                SPARK.table("w_test.social_relationships_knows").count());

        PropertyGraph back = QUIVER.execute("""
                CREATE OR REPLACE PROPERTY GRAPH written
                  NODE TABLES (w_test.social_nodes_person AS people KEY (_id) LABEL Person
                                 PROPERTIES ALL COLUMNS EXCEPT (_id))
                  RELATIONSHIP TABLES (w_test.social_relationships_knows AS knows KEY (_id)
                    SOURCE KEY (_source) REFERENCES people DESTINATION KEY (_target) REFERENCES people
                    LABEL KNOWS PROPERTIES (since))""").orElseThrow();
        String query = "MATCH (a:Person)-[k:KNOWS]->(b:Person) RETURN a.name, b.name, k.since, b.languages "
                + "ORDER BY a.name, b.name";
        assertEquals(QUIVER.cypher(social, query).rows(), QUIVER.cypher(back, query).rows());
    }

    @Test
    void aFailedWriteLeavesNoTable() throws Exception {
        SPARK.sql("CREATE OR REPLACE TEMPORARY VIEW w_fine AS SELECT * FROM VALUES (1L, 'x') AS t(id, name)");
        SPARK.sql("CREATE OR REPLACE TEMPORARY VIEW w_broken AS "
                + "SELECT * FROM VALUES (CAST(NULL AS BIGINT), 'y') AS t(id, name)");
        PropertyGraph graph = QUIVER.execute("CREATE OR REPLACE PROPERTY GRAPH unwritable NODE TABLES ("
                + "w_fine KEY (id) LABEL Fine, w_broken KEY (id) LABEL Broken)").orElseThrow();
        DataError e = assertThrows(DataError.class, () -> QUIVER.writeGraph(graph, "w_test.failed"));
        assertEquals("table w_broken, column id: a row has no key (null)", e.reason());
        assertFalse(SPARK.catalog().tableExists("w_test.failed_nodes_fine"));
        assertEquals(List.of(), SPARK.catalog().listTables("w_test").collectAsList().stream()
                .map(t -> t.name()).filter(n -> n.startsWith("failed")).toList());
    }

    private static long count(PropertyGraph graph, String query) {
        return (Long) QUIVER.cypher(graph, query).rows().get(0).get(0);
    }
}
