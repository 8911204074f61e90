package org.quiver.hive;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.quiver.api.PropertyGraph;
import org.quiver.api.QuiverSession;

/**
 * Cypher over Hive metastore tables: CSV files loaded into Hive text tables, one view per
 * relationship type, a graph mapped over them with CREATE PROPERTY GRAPH.
 *
 * <p>Tagged {@code hive}: surefire runs it in a JVM of its own, since its Spark session needs
 * Hive support from the start and a JVM has one session (an embedded Derby metastore and the
 * warehouse live in a temporary directory).
 */
@Tag("hive")
class HiveMappingEndToEndTest {
    private static Path directory;
    private static SparkSession spark;
    private static QuiverSession quiver;
    private static PropertyGraph graph;

    @BeforeAll
    static void hive() throws IOException, URISyntaxException {
        directory = Files.createTempDirectory("quiver-hive");
        System.setProperty("derby.stream.error.file", directory.resolve("derby.log").toString());
        spark = SparkSession.builder()
                .master("local[2]")
                .appName("quiver-hive-test")
                .config("spark.ui.enabled", "false")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.sql.shuffle.partitions", "2")
                .config("spark.sql.adaptive.enabled", "false")
                .config("spark.sql.warehouse.dir", directory.resolve("warehouse").toUri().toString())
                .config("spark.hadoop.javax.jdo.option.ConnectionURL",
                        "jdbc:derby:;databaseName=" + directory.resolve("metastore_db") + ";create=true")
                .enableHiveSupport()
                .getOrCreate();
        spark.sparkContext().setLogLevel("WARN");
        quiver = QuiverSession.of(spark);

        spark.sql("CREATE DATABASE social");
        load("people", "id BIGINT, name STRING, born INT");
        load("companies", "cid STRING, name STRING, city STRING");
        load("person_links", "src BIGINT, dst BIGINT, kind STRING, since INT");
        load("employment", "person BIGINT, company STRING, role STRING");
        spark.sql("CREATE VIEW social.knows AS SELECT src, dst, since FROM social.person_links WHERE kind = 'KNOWS'");
        spark.sql("CREATE VIEW social.mentors AS SELECT src, dst FROM social.person_links WHERE kind = 'MENTORS'");
        spark.sql("CREATE VIEW social.works_at AS SELECT person, company, role FROM social.employment");

        graph = quiver.execute("""
                CREATE PROPERTY GRAPH social
                  NODE TABLES (
                    social.people KEY (id) LABEL Person PROPERTIES (name, born),
                    social.companies KEY (cid) LABEL Company PROPERTIES (name, city) )
                  RELATIONSHIP TABLES (
                    social.knows SOURCE KEY (src) REFERENCES people DESTINATION KEY (dst) REFERENCES people
                      LABEL KNOWS PROPERTIES (since),
                    social.mentors SOURCE KEY (src) REFERENCES people DESTINATION KEY (dst) REFERENCES people
                      LABEL MENTORS NO PROPERTIES,
                    social.works_at SOURCE KEY (person) REFERENCES social.people
                      DESTINATION KEY (company) REFERENCES companies (cid) LABEL WORKS_AT PROPERTIES (role) )
                """).orElseThrow();
    }

    /** A Hive text table, filled from the CSV file of the same name (its header line names the columns). */
    private static void load(String table, String columns) throws URISyntaxException {
        Path csv = Path.of(HiveMappingEndToEndTest.class.getResource("/hive/" + table + ".csv").toURI());
        spark.sql("CREATE TABLE social." + table + " (" + columns + ") STORED AS TEXTFILE");
        spark.read().option("header", "true").schema(columns).csv(csv.toString()).write().insertInto("social." + table);
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    @Test
    void theTablesAreHiveTables() {
        assertEquals("hive", spark.conf().get("spark.sql.catalogImplementation"));
        assertEquals(List.of(List.of(4L)), rows("MATCH (p:Person) RETURN count(p)"));
    }

    @Test
    void relationshipsOfOneViewPerType() {
        assertEquals(List.of(
                        List.of("Amara Okafor", "Björn Lindqvist", 2015L),
                        List.of("Amara Okafor", "Dalia Haddad", 2021L),
                        List.of("Björn Lindqvist", "Chen Wei", 2018L)),
                rows("MATCH (a:Person)-[k:KNOWS]->(b:Person) RETURN a.name, b.name, k.since ORDER BY a.name, b.name"));
        assertEquals(List.of(List.of("Amara Okafor", 1990L), List.of("Dalia Haddad", 1995L)),
                rows("MATCH (:Person {name: 'Chen Wei'})-[:MENTORS]->(m) RETURN m.name, m.born ORDER BY m.name"));
    }

    @Test
    void endNodesWithAStringKey() {
        assertEquals(List.of(List.of("Cobalt Labs", 2L, "analyst", "founder"),
                        List.of("Acme Logistics", 1L, "engineer", "engineer")),
                rows("MATCH (c:Company {city: 'Lagos'})<-[w:WORKS_AT]-(p:Person) "
                        + "RETURN c.name, count(*) AS staff, min(w.role), max(w.role) ORDER BY staff DESC"));
    }

    @Test
    void patternsAcrossSeveralTables() {
        assertEquals(List.of(
                        List.of("Chen Wei", "Amara Okafor", "Acme Logistics"),
                        List.of("Chen Wei", "Dalia Haddad", "Cobalt Labs")),
                rows("MATCH (mentor:Person)-[:MENTORS]->(p:Person)-[:WORKS_AT]->(c:Company) "
                        + "RETURN mentor.name, p.name, c.name ORDER BY p.name"));
        assertEquals(List.of(List.of("Björn Lindqvist", "Brio Foods")),
                rows("MATCH (a:Person {name: 'Amara Okafor'})-[:KNOWS]->(f)-[:WORKS_AT]->(c) "
                        + "WHERE NOT (f)-[:KNOWS]->(:Person {name: 'Amara Okafor'}) AND c.city <> 'Lagos' "
                        + "RETURN f.name, c.name"));
    }

    @Test
    void theGraphIsKeptUnderItsName() {
        assertEquals(graph, quiver.graph("social").orElseThrow());
    }

    private static List<List<Object>> rows(String query) {
        return quiver.cypher(graph, query).rows().stream().map(List::copyOf).toList();
    }
}
