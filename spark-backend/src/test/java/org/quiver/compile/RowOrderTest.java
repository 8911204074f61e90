package org.quiver.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The value order MERGE and CREATE take rows in is total: rows that Cypher's order holds equal but
 * that differ (1 and 1.0, 0.0 and -0.0, one instant in two zones, inside lists and maps too) come
 * out in the same order however they come in.
 */
class RowOrderTest {
    private static final List<List<Object>> TIED = List.of(
            List.of(1L), List.of(1.0), List.of(0.0), List.of(-0.0), List.of(Double.NaN),
            List.of(ZonedDateTime.parse("2020-01-01T00:00Z")), List.of(ZonedDateTime.parse("2020-01-01T01:00+01:00")),
            List.of(List.of(2L, 3.0)), List.of(List.of(2.0, 3L)), List.of(Map.of("a", 1L)), List.of(Map.of("a", 1.0)),
            List.of("x", 1L), List.of("x", 1.0));

    @Test
    void tiedRowsComeOutInOneOrderWhateverTheirInputOrder() {
        List<List<Object>> expected = sorted(TIED);
        Random random = new Random(14);
        for (int shuffle = 0; shuffle < 200; shuffle++) {
            List<List<Object>> rows = new ArrayList<>(TIED);
            Collections.shuffle(rows, random);
            assertEquals(expected, sorted(rows), "input " + rows);
        }
    }

    @Test
    void theExactTextTellsApartWhatTheOrderHoldsEqual() {
        assertNotEquals(ExactValueText.of(1L), ExactValueText.of(1.0));
        assertNotEquals(ExactValueText.of(0.0), ExactValueText.of(-0.0));
        assertEquals(ExactValueText.of(Double.NaN), ExactValueText.of(0.0 / 0.0));
        assertNotEquals(ExactValueText.of(ZonedDateTime.parse("2020-01-01T00:00Z")),
                ExactValueText.of(ZonedDateTime.parse("2020-01-01T01:00+01:00")));
    }

    private static List<List<Object>> sorted(List<List<Object>> rows) {
        List<List<Object>> out = new ArrayList<>();
        for (int at : RowOrder.byValue(rows)) {
            out.add(rows.get(at));
        }
        return out;
    }
}
