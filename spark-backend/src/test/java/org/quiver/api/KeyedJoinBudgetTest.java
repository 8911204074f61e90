package org.quiver.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.quiver.parser.error.LimitExceeded;
import org.quiver.testing.TestSpark;

/**
 * A join on a shared variable that would pass the session's row budget (here, the two sides of a
 * supernode) is refused before it runs, with the join's keys and its computed size in the message;
 * within the budget the answer is that of an unlimited session.
 */
class KeyedJoinBudgetTest {
    /** A hub with 2,000 incoming R relationships and a small hub with 40. */
    private static PropertyGraph hubs;

    @BeforeAll
    static void supernode() {
        QuiverSession quiver = TestSpark.quiver();
        hubs = quiver.cypher(quiver.emptyGraph(), "CREATE (big:Hub {name: 'big'}), (small:Hub {name: 'small'})"
                + " WITH big, small UNWIND range(1, 2000) AS i"
                + " CREATE (:Leaf {i: i})-[:R]->(big)"
                + " WITH small, i WHERE i <= 40 CREATE (:Leaf {i: i})-[:R]->(small)").graph();
    }

    @Test
    void aJoinPastTheBudgetIsRefusedBeforeItRunsWithItsKeysAndSize() {
        QuiverSession limited = TestSpark.quiver().withRowBudget(1_000_000);
        String query = "MATCH (a:Leaf)-[:R]->(h:Hub {name: 'big'})<-[:R]-(b:Leaf) RETURN count(*)";
        long start = System.nanoTime();
        LimitExceeded error = assertThrows(LimitExceeded.class, () -> limited.cypher(hubs, query).rows());
        System.out.printf("KeyedJoinBudgetTest: a 4,000,000-row join refused after %d ms: %s%n",
                (System.nanoTime() - start) / 1_000_000, error.getMessage());
        assertEquals("RowBudgetExceeded", error.detail().orElseThrow());
        String message = error.getMessage();
        assertTrue(message.contains("The join of"), message);
        assertTrue(message.contains("would hold 4000000 rows, more than the row budget of 1000000"), message);
        assertTrue(message.contains(" on ") && message.contains(" = "), message);
        assertTrue(message.contains("QuiverSession.withRowBudget"), message);
    }

    @Test
    void withinTheBudgetTheJoinGivesTheRowsOfAnUnlimitedSession() {
        String query = "MATCH (a:Leaf)-[:R]->(h:Hub {name: 'small'})<-[:R]-(b:Leaf) RETURN a.i AS a, b.i AS b";
        List<List<Object>> unlimited = sorted(TestSpark.quiver().cypher(hubs, query).rows());
        assertEquals(40 * 39, unlimited.size());
        assertEquals(unlimited, sorted(TestSpark.quiver().withRowBudget(10_000).cypher(hubs, query).rows()));
    }

    @Test
    void anOptionalMatchIsBoundedByItsMatchesAndItsUnmatchedRows() {
        String query = "MATCH (h:Hub) OPTIONAL MATCH (h)-[:R]->(x) RETURN h.name AS hub, count(x) AS out";
        List<List<Object>> unlimited = sorted(TestSpark.quiver().cypher(hubs, query).rows());
        assertEquals(List.of(List.of("big", 0L), List.of("small", 0L)), unlimited);
        assertEquals(unlimited, sorted(TestSpark.quiver().withRowBudget(2).cypher(hubs, query).rows()));
    }

    private static List<List<Object>> sorted(List<List<Object>> rows) {
        List<List<Object>> copy = new ArrayList<>(rows);
        copy.sort((x, y) -> x.toString().compareTo(y.toString()));
        return copy;
    }
}
