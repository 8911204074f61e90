package org.quiver.tck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quiver.tck.run.Phase;
import org.quiver.tck.run.ScenarioOutcome;

class RatchetTest {
    private static ScenarioOutcome passed(String scenario) {
        return new ScenarioOutcome("a/A.feature", scenario, Optional.empty(), true, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), 1);
    }

    private static ScenarioOutcome failed(String scenario, String example) {
        return new ScenarioOutcome("a/A.feature", scenario, Optional.ofNullable(example), false, Optional.empty(),
                Optional.of("UnsupportedFeature"), Optional.of(Phase.SETUP), Optional.of("CREATE is not supported yet"), 1);
    }

    @Test
    void aListedFailureAndAnUnlistedPassAreFine() {
        RatchetVerdict verdict = Ratchet.judge(List.of(passed("[1] ok"), failed("[2] known", "3")),
                Set.of("a/A.feature :: [2] known :: 3"), true);
        assertTrue(verdict.ok(), verdict.messages().toString());
    }

    @Test
    void anUnlistedFailureIsARegression() {
        RatchetVerdict verdict = Ratchet.judge(List.of(failed("[2] new", null)), Set.of(), true);
        assertEquals(List.of("regression: a/A.feature :: [2] new -- CREATE is not supported yet"), verdict.messages());
    }

    @Test
    void aListedPassMustComeOffTheList() {
        RatchetVerdict verdict = Ratchet.judge(List.of(passed("[1] fixed")), Set.of("a/A.feature :: [1] fixed"), true);
        assertEquals(List.of("now passes, remove from known-failing.txt: a/A.feature :: [1] fixed"), verdict.messages());
    }

    @Test
    void listedScenariosThatDidNotRunAreStaleOnlyInAFullRun() {
        Set<String> known = Set.of("a/A.feature :: [9] gone");
        assertEquals(List.of("no such scenario, remove from known-failing.txt: a/A.feature :: [9] gone"),
                Ratchet.judge(List.of(passed("[1] ok")), known, true).messages());
        assertTrue(Ratchet.judge(List.of(passed("[1] ok")), known, false).ok());
    }

    @Test
    void theExampleIndexIsPartOfTheKey() {
        RatchetVerdict verdict = Ratchet.judge(List.of(failed("[2] outline", "1"), failed("[2] outline", "2")),
                Set.of("a/A.feature :: [2] outline :: 1"), true);
        assertEquals(List.of("regression: a/A.feature :: [2] outline :: 2 -- CREATE is not supported yet"),
                verdict.messages());
    }
}
