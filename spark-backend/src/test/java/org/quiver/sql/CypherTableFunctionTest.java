package org.quiver.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quiver.api.PropertyGraph;
import org.quiver.api.QuiverSession;
import org.quiver.parser.error.CypherException;
import org.quiver.store.GraphDirectoryCatalog;
import org.quiver.store.StoreFormat;
import org.quiver.testing.TestSpark;

class CypherTableFunctionTest {
    private static SparkSession spark;

    @TempDir
    static Path archive;

    @BeforeAll
    static void registerSocialGraph() {
        spark = TestSpark.spark();
        QuiverSession quiver = QuiverSession.of(spark);
        PropertyGraph social = quiver.loadGraph(Path.of("../examples/social"));
        quiver.store("social", social);
        GraphDirectoryCatalog stored = new GraphDirectoryCatalog(spark, archive, StoreFormat.PARQUET);
        stored.save("people", quiver.cypher(social, "MATCH (p:Person) WHERE p.born < 1975 CONSTRUCT CLONE p RETURN GRAPH").graph());
        quiver.registerNamespace("archive", stored);
        quiver.registerSqlFunction();
        StructType schema = new StructType()
                .add("name", DataTypes.StringType)
                .add("salary", DataTypes.LongType);
        spark.createDataFrame(List.of(
                RowFactory.create("Amara Okafor", 5100L),
                RowFactory.create("Viktor Novák", 4800L),
                RowFactory.create("Sven Olsen", 6000L)), schema).createOrReplaceTempView("salaries");
    }

    private static List<String> rows(String sql) {
        return spark.sql(sql).collectAsList().stream().map(Row::toString).toList();
    }

    @Test
    void cypherRowsJoinAUserTable() {
        assertEquals(List.of("[Amara Okafor,5100]", "[Viktor Novák,4800]"), rows("""
                SELECT c.name, s.salary
                FROM cypher('social', 'MATCH (p:Person)-[:LIVES_IN]->(:City {name: "Berlin"}) RETURN p.name AS name') c
                JOIN salaries s ON s.name = c.name
                ORDER BY c.name"""));
    }

    @Test
    void aQueryMayNameItsGraphItselfAndSqlAggregatesItsRows() {
        assertEquals(List.of("[2,Berlin]", "[1,Bayern]", "[1,Montréal]", "[1,東京]"), rows("""
                SELECT count(*) AS companies, place FROM cypher(
                  'FROM GRAPH session.social MATCH (c:Company)-[:LOCATED_IN]->(p) RETURN c.name AS company, p.name AS place')
                GROUP BY place ORDER BY companies DESC, place"""));
    }

    @Test
    void aGraphOfAStoredNamespaceIsNamedWithItsNamespace() {
        assertEquals(List.of("[Dafydd Evans]", "[Sven Olsen]"),
                rows("SELECT * FROM cypher('archive.people', 'MATCH (p) RETURN p.name AS name ORDER BY name')"));
    }

    @Test
    void anUnknownGraphIsAGraphNotFoundErrorListingTheGraphs() {
        CypherException e = assertThrows(CypherException.class,
                () -> spark.sql("SELECT * FROM cypher('socail', 'MATCH (n) RETURN n')").collect());
        assertEquals("SemanticError", e.errorType());
        assertEquals("GraphNotFound", e.detail().orElseThrow());
        assertTrue(e.getMessage().contains("`socail`") && e.getMessage().contains("social"), e.getMessage());
    }

    @Test
    void aCypherSyntaxErrorKeepsItsPositionAndCaret() {
        CypherException e = assertThrows(CypherException.class,
                () -> spark.sql("SELECT * FROM cypher('social', 'MATCH (p:Person RETURN p.name')"));
        assertEquals("SyntaxError", e.errorType());
        assertTrue(e.getMessage().contains("line 1, column ") && e.getMessage().contains("MATCH (p:Person RETURN p.name\n"),
                e.getMessage());
    }

    @Test
    void argumentsMustBeConstantStrings() {
        CypherException column = assertThrows(CypherException.class,
                () -> spark.sql("SELECT * FROM salaries s, LATERAL cypher('social', s.name)"));
        assertEquals("ArgumentError", column.errorType());
        assertTrue(column.getMessage().contains("must be a constant string"), column.getMessage());

        CypherException arity = assertThrows(CypherException.class,
                () -> spark.sql("SELECT * FROM cypher()"));
        assertTrue(arity.getMessage().contains("takes one or two arguments, not 0"), arity.getMessage());
    }

    @Test
    void aQueryThatReturnsAGraphIsRefused() {
        CypherException e = assertThrows(CypherException.class, () -> spark.sql(
                "SELECT * FROM cypher('social', 'MATCH (p:Person) CONSTRUCT CLONE p RETURN GRAPH')"));
        assertEquals("UnsupportedFeature", e.errorType());
    }
}
