package org.quiver.planner.semantic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.quiver.parser.error.CypherException;
import org.quiver.parser.error.SyntaxError;
import org.quiver.parser.error.UnsupportedFeature;
import org.quiver.planner.Planning;

/**
 * Analysis errors say what and where, with the caret under the mistake. Their type is the one the
 * openCypher TCK expects for errors found before running: {@code SyntaxError}, with the detail.
 */
class SemanticErrorsTest {

    @Test
    void undefinedVariableHasPositionAndCaret() {
        String query = "MATCH (a) RETURN a.name, b.name";
        CypherException e = assertThrows(SyntaxError.class, () -> Planning.planned(query));
        assertEquals("UndefinedVariable", e.detail().orElseThrow());
        assertEquals(1, e.span().orElseThrow().line());
        assertEquals(26, e.span().orElseThrow().column());
        assertEquals("SyntaxError (UndefinedVariable): Variable `b` not defined at line 1, column 26\n"
                + "MATCH (a) RETURN a.name, b.name\n"
                + "                         ^", e.withQuery(query).getMessage());
    }

    @Test
    void errorsOnLaterLinesPointThere() {
        String query = "MATCH (a)\nWHERE a.age > 1\nRETURN count(count(a))";
        CypherException e = assertThrows(SyntaxError.class, () -> Planning.planned(query));
        assertEquals("NestedAggregation", e.detail().orElseThrow());
        assertEquals(3, e.span().orElseThrow().line());
        assertEquals(14, e.span().orElseThrow().column());
    }

    @Test
    void unsupportedConstructsNameThemselvesAndTheirPosition() {
        String query = "MATCH (a) RETURN a{.*, .name} AS m";
        CypherException e = assertThrows(UnsupportedFeature.class, () -> Planning.planned(query));
        assertEquals("A map projection with `.*` and other entries is not supported yet", e.reason());
        assertEquals(18, e.span().orElseThrow().column());
    }

    @Test
    void subqueryReturningAnOuterNamePointsAtTheItem() {
        String query = "MATCH (p)\nCALL { WITH p MATCH (p)-->(f) RETURN f.x AS y, f AS p }\nRETURN y";
        CypherException e = assertThrows(SyntaxError.class, () -> Planning.planned(query));
        assertEquals("VariableAlreadyBound", e.detail().orElseThrow());
        assertEquals(2, e.span().orElseThrow().line());
        assertEquals(48, e.span().orElseThrow().column());
    }

    @Test
    void importingWithErrorsSayWhatIsNotAllowed() {
        String query = "MATCH (p) CALL { WITH p LIMIT 1 RETURN p.x AS x } RETURN x";
        CypherException e = assertThrows(SyntaxError.class, () -> Planning.planned(query));
        assertEquals("InvalidImportingWith", e.detail().orElseThrow());
        assertEquals("Importing WITH should consist only of simple references to outside variables. "
                + "LIMIT is not allowed.", e.reason());
        assertEquals(31, e.span().orElseThrow().column());
        CypherException aliased = assertThrows(SyntaxError.class,
                () -> Planning.planned("MATCH (p) CALL { WITH p.x AS x RETURN x } RETURN x"));
        assertEquals("InvalidImportingWith", aliased.detail().orElseThrow());
        assertEquals(23, aliased.span().orElseThrow().column());
    }

    @Test
    void scopeClauseNamesOnlyOuterVariables() {
        CypherException e = assertThrows(SyntaxError.class,
                () -> Planning.planned("MATCH (p) CALL (p, q) { RETURN 1 AS one } RETURN one"));
        assertEquals("UndefinedVariable", e.detail().orElseThrow());
        assertEquals(20, e.span().orElseThrow().column());
    }

    @Test
    void subqueriesThatUpdateAreRefusedWhereTheUpdateIs() {
        String query = "MATCH (p) CALL { WITH p SET p.x = 1 } RETURN p";
        CypherException e = assertThrows(UnsupportedFeature.class, () -> Planning.planned(query));
        assertEquals(25, e.span().orElseThrow().column());
    }
}
