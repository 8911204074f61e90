package org.quiver.tck.report;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.quiver.tck.run.ScenarioOutcome;

/** Judges a run against the known-failing list: the pass count may only go up. */
public final class Ratchet {
    private Ratchet() {
    }

    /**
     * {@code fullRun} is false when only some features ran; listed scenarios that did not run are then
     * not called stale.
     */
    public static RatchetVerdict judge(List<ScenarioOutcome> outcomes, Set<String> knownFailing, boolean fullRun) {
        List<String> regressions = new ArrayList<>();
        List<String> nowPassing = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (ScenarioOutcome outcome : outcomes) {
            String key = outcome.key();
            seen.add(key);
            boolean listed = knownFailing.contains(key);
            if (!outcome.passed() && !listed) {
                regressions.add(key + KnownFailing.SEPARATOR + outcome.reason().orElse(""));
            } else if (outcome.passed() && listed) {
                nowPassing.add(key);
            }
        }
        List<String> stale = new ArrayList<>();
        if (fullRun) {
            knownFailing.stream().filter(k -> !seen.contains(k)).sorted().forEach(stale::add);
        }
        return new RatchetVerdict(regressions, nowPassing, stale);
    }
}
