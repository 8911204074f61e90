package org.quiver.tck.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.quiver.tck.run.ScenarioOutcome;

/**
 * {@code known-failing.txt}: the scenarios expected to fail, one a line,
 * {@code <feature path> :: <scenario name>[ :: <example index>] -- <short reason>}. The reason is
 * for the reader; only the part before {@code " -- "} identifies the scenario.
 */
public final class KnownFailing {
    static final String SEPARATOR = " -- ";
    private static final int MAX_REASON = 120;
    private static final String HEADER = """
            # openCypher TCK scenarios that Quiver fails today, one a line:
            #   <feature path> :: <scenario name>[ :: <example index>] -- <short reason>
            # TckTest fails when a scenario that is not listed fails (a regression), and when a listed
            # scenario passes (take it off the list: the ratchet only goes up).
            # Regenerate this file from a full run, then review the diff:
            #   ./mvnw -B -pl tck -am verify -Dtck.updateKnownFailing=true
            """;

    private KnownFailing() {
    }

    /** Scenario key to the reason written beside it; comments and blank lines are skipped. */
    public static Map<String, String> parse(String text) {
        Map<String, String> entries = new LinkedHashMap<>();
        for (String line : text.split("\\R")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            int separator = trimmed.indexOf(SEPARATOR);
            String key = separator < 0 ? trimmed : trimmed.substring(0, separator).strip();
            entries.put(key, separator < 0 ? "" : trimmed.substring(separator + SEPARATOR.length()).strip());
        }
        return entries;
    }

    /** The file for a run: its failing scenarios in run order. */
    public static String render(List<ScenarioOutcome> outcomes) {
        StringBuilder out = new StringBuilder(HEADER);
        for (ScenarioOutcome outcome : outcomes) {
            if (!outcome.passed()) {
                out.append(outcome.key()).append(SEPARATOR).append(shortReason(outcome.reason().orElse("")))
                        .append('\n');
            }
        }
        return out.toString();
    }

    private static String shortReason(String reason) {
        String line = reason.replaceAll("\\s+", " ").strip();
        return line.length() <= MAX_REASON ? line : line.substring(0, MAX_REASON) + "…";
    }
}
