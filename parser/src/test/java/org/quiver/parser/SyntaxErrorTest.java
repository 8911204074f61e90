package org.quiver.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.quiver.parser.error.SyntaxError;

class SyntaxErrorTest {

    static SyntaxError error(String query) {
        return assertThrows(SyntaxError.class, () -> QueryParser.parse(query));
    }

    @Test
    void misspelledClauseAtTheStart() {
        SyntaxError e = error("RETRN 1");
        assertEquals("SyntaxError (UnexpectedSyntax): Invalid input 'RETRN': expected a clause such as MATCH, "
                + "RETURN, WITH at line 1, column 1\nRETRN 1\n^", e.getMessage());
    }

    @Test
    void misspelledClauseAfterAPatternListsWhatCouldFollow() {
        SyntaxError e = error("MATCH (n) RETRN n");
        assertEquals("Invalid input 'RETRN': expected UNION, WHERE, `<`, `-`, `,`, `;`, a clause such as MATCH, "
                + "RETURN, WITH or end of input", e.reason());
        assertEquals(11, e.span().orElseThrow().column());
    }

    @Test
    void unclosedNodePattern() {
        SyntaxError e = error("MATCH (n:Person RETURN n");
        assertEquals("Invalid input 'RETURN': expected `)` to close the node pattern", e.reason());
        assertEquals("MATCH (n:Person RETURN n\n                ^", e.getMessage().substring(e.getMessage().indexOf('\n') + 1));
    }

    @Test
    void relationshipErrorsHaveTheirOwnDetail() {
        assertEquals("InvalidRelationshipPattern", error("MATCH (a)-[:T*-2]->(b) RETURN a").detail().orElseThrow());
        assertEquals("InvalidRelationshipPattern", error("MATCH (a)-[r:T RETURN a").detail().orElseThrow());
    }

    @Test
    void missingOperand() {
        SyntaxError e = error("RETURN (1 + )");
        assertEquals("Invalid input ')': expected an expression", e.reason());
        assertEquals(13, e.span().orElseThrow().column());
    }

    @Test
    void endOfInput() {
        SyntaxError e = error("MATCH (n) RETURN n LIMIT");
        assertEquals("Unexpected end of input: expected an expression", e.reason());
        assertEquals(25, e.span().orElseThrow().column());
        assertEquals("Unexpected end of input: expected a clause such as MATCH, RETURN, WITH", error("  ").reason());
    }

    @Test
    void positionOnALaterLine() {
        SyntaxError e = error("MATCH (n)\nWHERE n.x =\nRETURN n");
        assertEquals(3, e.span().orElseThrow().line());
        assertEquals(1, e.span().orElseThrow().column());
        assertTrue(e.getMessage().endsWith("at line 3, column 1\nRETURN n\n^"), e.getMessage());
    }

    @Test
    void windowsLineBreaksCountOnce() {
        SyntaxError e = error("MATCH (n)\r\nRETURN n +");
        assertEquals(2, e.span().orElseThrow().line());
        assertEquals(11, e.span().orElseThrow().column());
    }

    @Test
    void unterminatedStringAndName() {
        assertEquals("Invalid input: the string literal starting here is never closed", error("RETURN 'abc").reason());
        assertEquals("Invalid input: the quoted name starting here is never closed", error("RETURN `abc").reason());
        assertEquals(8, error("RETURN \"abc").span().orElseThrow().column());
    }

    @Test
    void strayCharacter() {
        SyntaxError e = error("RETURN 1 #");
        assertTrue(e.reason().startsWith("Invalid input '#': expected an operator, AS"), e.reason());
    }

    @Test
    void nothingAfterTheSemicolon() {
        assertEquals("Invalid input ';': expected end of input", error("RETURN 1;;").reason());
        assertEquals("Invalid input 'RETURN': expected end of input", error("RETURN 1; RETURN 2").reason());
    }

    @Test
    void errorsCarryTheQuery() {
        assertEquals("RETURN 1 +", error("RETURN 1 +").query().orElseThrow());
    }

    @Test
    void labelAlternativesInAnExpressionNeedParentheses() {
        // Documented limit: n:A|B in an expression would be ambiguous inside [x IN l WHERE x:A | …].
        assertTrue(error("MATCH (n) WHERE n:A|B RETURN n").reason().endsWith("as n:(A|B)"));
    }
}
