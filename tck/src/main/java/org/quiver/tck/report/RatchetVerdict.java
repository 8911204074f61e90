package org.quiver.tck.report;

import java.util.ArrayList;
import java.util.List;

/**
 * What the ratchet found: scenarios that fail but are not listed (regressions), listed scenarios
 * that pass, and listed scenarios the run does not have (stale lines).
 */
public record RatchetVerdict(List<String> regressions, List<String> nowPassing, List<String> stale) {
    public RatchetVerdict {
        regressions = List.copyOf(regressions);
        nowPassing = List.copyOf(nowPassing);
        stale = List.copyOf(stale);
    }

    public boolean ok() {
        return regressions.isEmpty() && nowPassing.isEmpty() && stale.isEmpty();
    }

    /** One line per problem, for the test's failure message. */
    public List<String> messages() {
        List<String> messages = new ArrayList<>();
        regressions.forEach(r -> messages.add("regression: " + r));
        nowPassing.forEach(k -> messages.add("now passes, remove from known-failing.txt: " + k));
        stale.forEach(k -> messages.add("no such scenario, remove from known-failing.txt: " + k));
        return messages;
    }
}
