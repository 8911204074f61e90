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
        String query = "MATCH (a) RETURN a{.name} AS m";
        CypherException e = assertThrows(UnsupportedFeature.class, () -> Planning.planned(query));
        assertEquals("Map projection is not supported yet", e.reason());
        assertEquals(18, e.span().orElseThrow().column());
    }
}
