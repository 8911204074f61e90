package org.quiver.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class StatementSplitterTest {

    @Test
    void splitsOnSemicolonsAndTrims() {
        assertEquals(List.of("RETURN 1", "RETURN 2", "RETURN 3"),
                texts("RETURN 1;\n  RETURN 2 ;RETURN 3\n"));
    }

    @Test
    void semicolonsInStringsBackticksAndCommentsDoNotSplit() {
        String script = "RETURN 'a;b' AS `x;y`, \"c\\\";d\" // no; split\n;"
                + "/* not; here */ RETURN 2";
        assertEquals(List.of("RETURN 'a;b' AS `x;y`, \"c\\\";d\" // no; split", "/* not; here */ RETURN 2"),
                texts(script));
    }

    @Test
    void escapedQuotesStayInsideTheString() {
        assertEquals(List.of("RETURN 'it\\'s; fine'"), texts("RETURN 'it\\'s; fine';"));
    }

    @Test
    void emptyAndCommentOnlyStatementsAreSkipped() {
        assertEquals(List.of("RETURN 1"), texts(";;\n// only a comment;\n;RETURN 1;/* c */;  \n"));
        assertEquals(List.of(), texts("  \n// nothing\n"));
    }

    @Test
    void statementsKnowWhereTheyStart() {
        List<ScriptStatement> statements = StatementSplitter.split("RETURN 1;\n\n  MATCH (n)\nRETURN n; RETURN 3");
        assertEquals(new ScriptStatement("RETURN 1", 1, 1), statements.get(0));
        assertEquals(new ScriptStatement("MATCH (n)\nRETURN n", 3, 3), statements.get(1));
        assertEquals(new ScriptStatement("RETURN 3", 4, 11), statements.get(2));
        assertEquals("\n\n  MATCH (n)\nRETURN n", statements.get(1).textAtFilePosition());
    }

    @Test
    void anUnclosedStringRunsToTheEnd() {
        assertEquals(List.of("RETURN 'a;b"), texts("RETURN 'a;b"));
    }

    @Test
    void aStatementIsUnfinishedUntilItsSemicolon() {
        assertTrue(StatementSplitter.isUnfinished("MATCH (n)\nRETURN n"));
        assertFalse(StatementSplitter.isUnfinished("MATCH (n)\nRETURN n;"));
        assertFalse(StatementSplitter.isUnfinished("RETURN 1; // done"));
        assertFalse(StatementSplitter.isUnfinished("  \n"));
        assertTrue(StatementSplitter.isUnfinished("RETURN 1; RETURN 2"));
    }

    @Test
    void anOpenStringNameOrCommentIsUnfinished() {
        assertTrue(StatementSplitter.isUnfinished("RETURN 'a;"));
        assertTrue(StatementSplitter.isUnfinished("RETURN 1 AS `x;"));
        assertTrue(StatementSplitter.isUnfinished("RETURN 1; /* still;"));
        assertFalse(StatementSplitter.isUnfinished("RETURN 'a;b'; /* c */"));
    }

    private static List<String> texts(String script) {
        return StatementSplitter.split(script).stream().map(ScriptStatement::text).toList();
    }
}
