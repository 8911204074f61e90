package org.quiver.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.quiver.parser.error.LimitExceeded;
import org.quiver.testing.TestSpark;

/**
 * A variable-length expansion whose frontier outgrows the session's row budget stops with an error
 * naming the pattern; within the budget, answers are those of an unlimited session.
 */
class RowBudgetTest {
    /**
     * Six nodes, a relationship each way between every two: 30 trails of one hop, 150 of two, 720
     * of three (750 less the 30 that would use their first relationship again).
     */
    private static PropertyGraph complete;

    @BeforeAll
    static void completeGraph() {
        QuiverSession quiver = TestSpark.quiver();
        PropertyGraph nodes = quiver.cypher(quiver.emptyGraph(), "UNWIND range(0, 5) AS i CREATE (:N {i: i})").graph();
        complete = quiver.cypher(nodes, "MATCH (a:N), (b:N) WHERE a <> b CREATE (a)-[:E]->(b)").graph();
    }

    @Test
    void anUnboundedPatternPastTheBudgetNamesItsVariable() {
        QuiverSession limited = TestSpark.quiver().withRowBudget(100);
        LimitExceeded error = assertThrows(LimitExceeded.class,
                () -> limited.cypher(complete, "MATCH (a)-[r:E*]->(b) RETURN count(*)").rows());
        assertEquals("RowBudgetExceeded", error.detail().orElseThrow());
        assertTrue(error.getMessage().contains("[r*1..]"), error.getMessage());
        assertTrue(error.getMessage().contains("150 trails at hop 2"), error.getMessage());
    }

    @Test
    void aBoundedAnonymousPatternIsCheckedToo() {
        QuiverSession limited = TestSpark.quiver().withRowBudget(500);
        LimitExceeded error = assertThrows(LimitExceeded.class,
                () -> limited.cypher(complete, "MATCH (a)-[*2..3]->(b) RETURN count(*)").rows());
        assertTrue(error.getMessage().contains("an unnamed variable-length relationship [*2..3]"), error.getMessage());
        assertTrue(error.getMessage().contains("720 trails at hop 3"), error.getMessage());
    }

    @Test
    void withinTheBudgetTheAnswerIsUnchanged() {
        String query = "MATCH (a {i: 0})-[r*1..2]->(b) RETURN size(r) AS hops, count(*) AS trails ORDER BY hops";
        List<List<Object>> unlimited = TestSpark.quiver().cypher(complete, query).rows();
        assertEquals(List.of(List.of(1L, 5L), List.of(2L, 25L)), unlimited);
        assertEquals(unlimited, TestSpark.quiver().withRowBudget(200).cypher(complete, query).rows());
    }

    @Test
    void aBudgetMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> TestSpark.quiver().withRowBudget(0));
    }
}
