package org.quiver.temporal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quiver.api.CypherDuration;
import org.quiver.api.QuiverSession;
import org.quiver.testing.TestSpark;

class TemporalParametersTest {

    @Test
    void javaTimeParametersAreTemporalValuesAndResultsAreJavaTimeValues() {
        QuiverSession quiver = TestSpark.quiver();
        ZonedDateTime instant = ZonedDateTime.of(2015, 7, 21, 21, 40, 32, 142_000_000, ZoneId.of("Europe/London"));
        List<List<Object>> rows = quiver.cypher(quiver.emptyGraph(),
                "RETURN $d.year AS y, $d + duration('P1D') AS next, $dt AS dt, duration.between($d, $d) AS zero",
                Map.of("d", LocalDate.of(2020, 2, 28), "dt", instant)).rows();
        assertEquals(List.of(List.of(2020L, LocalDate.of(2020, 2, 29), instant, new CypherDuration(0, 0, 0, 0))), rows);
    }
}
