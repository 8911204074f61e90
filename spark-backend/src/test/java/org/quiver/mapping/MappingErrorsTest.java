package org.quiver.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.quiver.parser.error.CypherException;
import org.quiver.parser.error.DataError;
import org.quiver.parser.error.SemanticError;
import org.quiver.parser.error.SyntaxError;
import org.quiver.testing.TestSpark;

/** Mapping mistakes name the table and column, and point into the statement. */
class MappingErrorsTest {

    @BeforeAll
    static void tables() {
        MappedTables.create();
    }

    @Test
    void unknownTable() {
        SemanticError e = error(SemanticError.class, "CREATE PROPERTY GRAPH g NODE TABLES (m_nobody KEY (id))");
        assertEquals("UnknownTable", e.detail().orElseThrow());
        assertTrue(e.reason().startsWith("Spark has no table or view m_nobody"), e.reason());
        assertEquals(38, e.span().orElseThrow().column());
    }

    @Test
    void unknownColumnWithCaret() {
        SemanticError e = error(SemanticError.class, """
                CREATE PROPERTY GRAPH g NODE TABLES (
                  m_people KEY (id) PROPERTIES (name, born))""");
        assertEquals("""
                SemanticError (UnknownColumn): Table m_people has no column `born`; its columns are id, name, \
                birth_year at line 2, column 39
                  m_people KEY (id) PROPERTIES (name, born))
                                                      ^""", e.getMessage());
    }

    @Test
    void columnsMatchIgnoringCaseWhenNotExact() {
        TestSpark.quiver().execute("CREATE OR REPLACE PROPERTY GRAPH case_folded NODE TABLES (m_people KEY (ID) PROPERTIES (NAME))");
    }

    @Test
    void unmappableType() {
        SemanticError e = error(SemanticError.class, "CREATE PROPERTY GRAPH g NODE TABLES (m_companies KEY (cid))");
        assertEquals("UnmappableType", e.detail().orElseThrow());
        assertEquals("Property `founded` of table m_companies (column founded) has the Spark type date, which no "
                + "Cypher property type holds; leave it out or map an expression that converts it, such as "
                + "`CAST(founded AS STRING) AS founded`", e.reason());
    }

    @Test
    void referenceToATableNotInTheMapping() {
        SemanticError e = error(SemanticError.class, """
                CREATE PROPERTY GRAPH g NODE TABLES (m_people KEY (id))
                  RELATIONSHIP TABLES (m_works_at KEY (id) SOURCE KEY (person_id) REFERENCES m_people
                    DESTINATION KEY (company_id) REFERENCES m_companies)""");
        assertEquals("UnknownReference", e.detail().orElseThrow());
        assertEquals("Relationship table m_works_at references m_companies, which is not a node table of the "
                + "mapping; node tables: m_people", e.reason());
        assertEquals(3, e.span().orElseThrow().line());
        assertEquals(45, e.span().orElseThrow().column());
    }

    @Test
    void referenceMustNameTheKey() {
        SemanticError e = error(SemanticError.class, """
                CREATE PROPERTY GRAPH g NODE TABLES (m_people KEY (id))
                  RELATIONSHIP TABLES (m_works_at SOURCE KEY (person_id) REFERENCES m_people (name)
                    DESTINATION KEY (person_id) REFERENCES m_people)""");
        assertEquals("ReferenceNotKey", e.detail().orElseThrow());
    }

    @Test
    void referenceOfTheWrongType() {
        SemanticError e = error(SemanticError.class, """
                CREATE PROPERTY GRAPH g NODE TABLES (m_people KEY (id))
                  RELATIONSHIP TABLES (m_lives_in SOURCE KEY (city) REFERENCES m_people
                    DESTINATION KEY (person) REFERENCES m_people)""");
        assertEquals("Column m_lives_in.city (string) cannot hold the key column m_people.id (bigint)", e.reason());
    }

    @Test
    void oneTypePerRelationshipTable() {
        SemanticError e = error(SemanticError.class, """
                CREATE PROPERTY GRAPH g NODE TABLES (m_people KEY (id)) RELATIONSHIP TABLES (m_lives_in
                  SOURCE KEY (person) REFERENCES m_people DESTINATION KEY (person) REFERENCES m_people
                  LABEL A LABEL B)""");
        assertEquals("SeveralRelationshipTypes", e.detail().orElseThrow());
        assertEquals(17, e.span().orElseThrow().column());
    }

    @Test
    void duplicateTablesAndMissingKeys() {
        assertEquals("DuplicateTable", error(SemanticError.class,
                "CREATE PROPERTY GRAPH g NODE TABLES (m_people KEY (id), m_companies AS m_people KEY (cid))")
                .detail().orElseThrow());
        assertEquals("MissingKey", error(SemanticError.class, "CREATE PROPERTY GRAPH g NODE TABLES (m_people)")
                .detail().orElseThrow());
    }

    @Test
    void expressionErrors() {
        SyntaxError parse = error(SyntaxError.class,
                "CREATE PROPERTY GRAPH g NODE TABLES (m_people KEY (id) PROPERTIES (name + + AS x))");
        assertEquals("InvalidSqlExpression", parse.detail().orElseThrow());
        assertEquals(68, parse.span().orElseThrow().column());
        SemanticError column = error(SemanticError.class,
                "CREATE PROPERTY GRAPH g NODE TABLES (m_people KEY (id) PROPERTIES (upper(nom) AS x))");
        assertEquals("InvalidPropertyExpression", column.detail().orElseThrow());
        assertTrue(column.reason().startsWith("Property `x` of table m_people: Spark cannot evaluate `upper(nom)`"),
                column.reason());
        SemanticError subquery = error(SemanticError.class, "CREATE PROPERTY GRAPH g NODE TABLES (m_people KEY (id) "
                + "PROPERTIES ((SELECT max(cid) FROM m_companies) AS x))");
        assertEquals("SubqueryInProperty", subquery.detail().orElseThrow());
    }

    @Test
    void duplicatePropertyDefinedTwoWays() {
        SemanticError e = error(SemanticError.class,
                "CREATE PROPERTY GRAPH g NODE TABLES (m_people KEY (id) PROPERTIES (name, upper(name) AS name))");
        assertEquals("Property `name` of table m_people is defined twice: by column name and by expression "
                + "upper(name)", e.reason());
    }

    @Test
    void existingGraphNeedsOrReplace() {
        TestSpark.quiver().execute("CREATE OR REPLACE PROPERTY GRAPH taken NODE TABLES (m_people KEY (id))");
        assertEquals("GraphAlreadyExists", error(SemanticError.class,
                "CREATE PROPERTY GRAPH taken NODE TABLES (m_people KEY (id))").detail().orElseThrow());
        assertEquals("GraphNotFound", error(SemanticError.class, "DROP PROPERTY GRAPH never_made")
                .detail().orElseThrow());
    }

    @Test
    void aNullKeyFailsTheQueryNamingTableAndColumn() {
        var graph = TestSpark.quiver().execute(
                "CREATE OR REPLACE PROPERTY GRAPH nullkey NODE TABLES (m_staff KEY (manager))").orElseThrow();
        DataError e = assertThrows(DataError.class,
                () -> TestSpark.quiver().cypher(graph, "MATCH (n) RETURN count(n)").rows());
        assertEquals("table m_staff, column manager: a row has no key (null)", e.reason());
    }

    private static <E extends CypherException> E error(Class<E> type, String ddl) {
        E e = assertThrows(type, () -> TestSpark.quiver().execute(ddl));
        assertEquals(ddl, e.query().orElseThrow());
        return e;
    }
}
