package org.quiver.parser.ddl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.quiver.parser.error.SyntaxError;

class GraphDdlSyntaxErrorTest {

    static SyntaxError error(String ddl) {
        return assertThrows(SyntaxError.class, () -> GraphDdl.parse(ddl));
    }

    @Test
    void misspelledLabelKeywordListsWhatCouldFollowTheKey() {
        SyntaxError e = error("CREATE PROPERTY GRAPH g NODE TABLES (\n  people KEY (id) LABL Person)");
        assertEquals("Invalid input 'LABL': expected LABEL, NO, PROPERTIES, `)` or `,`", e.reason());
        assertEquals(2, e.span().orElseThrow().line());
        assertEquals(19, e.span().orElseThrow().column());
        assertEquals("""
                SyntaxError (UnexpectedSyntax): Invalid input 'LABL': expected LABEL, NO, PROPERTIES, `)` or `,` \
                at line 2, column 19
                  people KEY (id) LABL Person)
                                  ^""", e.getMessage());
    }

    @Test
    void relationshipWithoutDestination() {
        SyntaxError e = error("""
                CREATE PROPERTY GRAPH g NODE TABLES (a KEY (id))
                  EDGE TABLES (e KEY (id) SOURCE KEY (x) REFERENCES a LABEL T)""");
        assertEquals("Invalid input 'LABEL': expected DESTINATION, `(` or `.`", e.reason());
        assertEquals(2, e.span().orElseThrow().line());
        assertEquals(55, e.span().orElseThrow().column());
    }

    @Test
    void unnamedExpressionPointsAtTheExpression() {
        SyntaxError e = error("CREATE PROPERTY GRAPH g NODE TABLES (t PROPERTIES (name, upper(name)))");
        assertEquals("UnnamedProperty", e.detail().orElseThrow());
        assertEquals(58, e.span().orElseThrow().column());
    }

    @Test
    void unbalancedExpression() {
        SyntaxError e = error("CREATE PROPERTY GRAPH g NODE TABLES (t PROPERTIES (upper(name AS n))");
        assertEquals("Unexpected end of input: expected `)` or `,`", e.reason());
    }

    @Test
    void missingNodeTables() {
        SyntaxError e = error("CREATE PROPERTY GRAPH g RELATIONSHIP TABLES (e)");
        assertEquals("Invalid input 'RELATIONSHIP': expected NODE, VERTEX or `.`", e.reason());
        assertEquals(25, e.span().orElseThrow().column());
    }

    @Test
    void trailingInputAndEmptyText() {
        assertEquals("Invalid input 'x': expected end of input",
                error("DROP PROPERTY GRAPH g; x").reason().replace("`;`, ", ""));
        assertEquals("Unexpected end of input: expected CREATE or DROP", error("  ").reason());
    }

    @Test
    void unclosedQuotedName() {
        SyntaxError e = error("CREATE PROPERTY GRAPH `g NODE TABLES (t)");
        assertEquals(23, e.span().orElseThrow().column());
    }
}
