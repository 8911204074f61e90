package org.quiver.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quiver.parser.error.LimitExceeded;
import org.quiver.testing.TestSpark;

/**
 * Lists and maps nested hundreds of levels deep used to take Spark minutes to compile and could
 * overflow an executor's stack, stopping the Spark context; past 64 levels they are refused with a
 * position, and up to there they run.
 */
class DeepValuesTest {
    private static final Duration GENEROUS = Duration.ofSeconds(60);

    private static String nestedMaps(int depth) {
        return "RETURN " + "{a: ".repeat(depth) + "1" + "}".repeat(depth) + " AS x";
    }

    private static String nestedLists(int depth) {
        return "RETURN " + "[".repeat(depth) + "1" + "]".repeat(depth) + " AS x";
    }

    private static LimitExceeded refused(String query) {
        QuiverSession quiver = TestSpark.quiver();
        return assertTimeoutPreemptively(GENEROUS, () -> assertThrows(LimitExceeded.class,
                () -> quiver.cypher(quiver.emptyGraph(), query).rows()));
    }

    @Test
    void mapsFiveHundredDeepAreRefusedWithAPosition() {
        LimitExceeded error = refused(nestedMaps(500));
        assertEquals("NestingTooDeep", error.detail().orElseThrow());
        assertTrue(error.getMessage().contains("65 levels deep"), error.getMessage());
        // The refused literal is the 65th from the inside: its brace is the 436th, at column 8 + 435 * 4.
        assertTrue(error.getMessage().contains("line 1, column 1748"), error.getMessage());
    }

    @Test
    void listsFiveHundredDeepAreRefused() {
        LimitExceeded error = refused(nestedLists(500));
        assertEquals("NestingTooDeep", error.detail().orElseThrow());
    }

    @Test
    void aDeepParameterIsRefused() {
        Object value = 1L;
        for (int i = 0; i < 100; i++) {
            value = List.of(value);
        }
        Map<String, Object> parameters = Map.of("deep", value);
        QuiverSession quiver = TestSpark.quiver();
        assertTimeoutPreemptively(GENEROUS, () -> assertThrows(LimitExceeded.class,
                () -> quiver.cypher(quiver.emptyGraph(), "RETURN $deep AS x", parameters).rows()));
    }

    @Test
    void sixtyFourLevelsRun() {
        QuiverSession quiver = TestSpark.quiver();
        List<List<Object>> maps = assertTimeoutPreemptively(GENEROUS,
                () -> quiver.cypher(quiver.emptyGraph(), nestedMaps(64)).rows());
        Object value = maps.get(0).get(0);
        for (int level = 0; level < 64; level++) {
            value = ((Map<?, ?>) value).get("a");
        }
        assertEquals(1L, value);
        List<List<Object>> lists = assertTimeoutPreemptively(GENEROUS,
                () -> quiver.cypher(quiver.emptyGraph(), nestedLists(64)).rows());
        value = lists.get(0).get(0);
        for (int level = 0; level < 64; level++) {
            value = ((List<?>) value).get(0);
        }
        assertEquals(1L, value);
    }
}
