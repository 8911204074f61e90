package org.quiver.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.quiver.parser.error.LimitExceeded;
import org.quiver.testing.TestSpark;

/**
 * A cartesian product that would pass the session's row budget is refused before it runs, with the
 * sizes of both inputs in the message; within the budget the answer is that of an unlimited session.
 */
class ProductBudgetTest {
    /** 2,000 nodes labelled A, 2,000 labelled B and 2,000 labelled C. */
    private static PropertyGraph labels;

    @BeforeAll
    static void threeLabels() {
        QuiverSession quiver = TestSpark.quiver();
        labels = quiver.cypher(quiver.emptyGraph(),
                "UNWIND range(1, 2000) AS i CREATE (:A {i: i}), (:B {i: i}), (:C {i: i})").graph();
    }

    @Test
    void aProductPastTheBudgetNamesBothSidesAndTheirSizes() {
        QuiverSession limited = TestSpark.quiver().withRowBudget(1_000_000);
        LimitExceeded error = assertThrows(LimitExceeded.class,
                () -> limited.cypher(labels, "MATCH (a:A), (b:B) RETURN count(*)").rows());
        assertEquals("RowBudgetExceeded", error.detail().orElseThrow());
        String message = error.getMessage();
        assertTrue(message.contains("2000 x 2000 = 4000000 rows, more than the row budget of 1000000"), message);
        assertTrue(message.contains("(a)") && message.contains("(b)"), message);
        assertTrue(message.contains("QuiverSession.withRowBudget"), message);
    }

    @Test
    void withinTheBudgetTheProductRuns() {
        String query = "MATCH (a:A), (b:B) RETURN count(*) AS pairs";
        assertEquals(List.of(List.of(4_000_000L)),
                TestSpark.quiver().withRowBudget(10_000_000).cypher(labels, query).rows());
    }

    /** Eight billion rows would take hours; the refusal needs only the counts of the inputs. */
    @Test
    void aProductOfProductsIsRefusedBeforeItRuns() {
        QuiverSession limited = TestSpark.quiver().withRowBudget(10_000_000);
        LimitExceeded error = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> assertThrows(
                LimitExceeded.class,
                () -> limited.cypher(labels, "MATCH (a:A), (b:B), (c:C) RETURN count(*)").rows()));
        assertTrue(error.getMessage().contains("= 8000000000 rows"), error.getMessage());
    }

    @Test
    void aFilteredSideIsCountedAfterItsFilter() {
        String query = "MATCH (a:A), (b:B) WHERE a.i <= 10 AND b.i <= 10 RETURN count(*) AS pairs";
        assertEquals(List.of(List.of(100L)), TestSpark.quiver().withRowBudget(100).cypher(labels, query).rows());
    }
}
