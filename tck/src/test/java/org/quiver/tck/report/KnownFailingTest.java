package org.quiver.tck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quiver.tck.run.Phase;
import org.quiver.tck.run.ScenarioOutcome;

class KnownFailingTest {
    @Test
    void renderedListsOnlyFailuresAndReadsBack() {
        ScenarioOutcome ok = new ScenarioOutcome("a/A.feature", "[1] ok", Optional.empty(), true, Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), 1);
        ScenarioOutcome bad = new ScenarioOutcome("a/A.feature", "[2] bad", Optional.of("4"), false, Optional.empty(),
                Optional.empty(), Optional.of(Phase.COMPARE), Optional.of("expected 3 rows,\ngot 2"), 1);
        String text = KnownFailing.render(List.of(ok, bad));
        assertTrue(text.startsWith("#"));
        assertTrue(text.contains("-Dtck.updateKnownFailing=true"));
        assertTrue(text.endsWith("a/A.feature :: [2] bad :: 4 -- expected 3 rows, got 2\n"), text);
        assertEquals(Map.of("a/A.feature :: [2] bad :: 4", "expected 3 rows, got 2"), KnownFailing.parse(text));
    }

    @Test
    void aLineWithoutReasonIsStillAnEntry() {
        assertEquals(Map.of("x/X.feature :: [1] s", ""), KnownFailing.parse("\n# comment\nx/X.feature :: [1] s\n"));
    }
}
