package org.quiver.tck.run;

import java.util.Objects;
import java.util.Optional;

/**
 * The verdict on one scenario (one Examples row for an outline). {@link #key()} identifies it in
 * {@code known-failing.txt}. Passed scenarios carry no phase or reason.
 */
public record ScenarioOutcome(String feature, String scenario, Optional<String> example, boolean passed,
        Optional<String> expectedError, Optional<String> actualError, Optional<Phase> phase, Optional<String> reason,
        long millis) {
    public ScenarioOutcome {
        Objects.requireNonNull(feature, "feature");
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(example, "example");
        Objects.requireNonNull(expectedError, "expectedError");
        Objects.requireNonNull(actualError, "actualError");
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(reason, "reason");
    }

    /** {@code features path :: scenario name[ :: example index]}. */
    public String key() {
        return key(feature, scenario, example);
    }

    public static String key(String feature, String scenario, Optional<String> example) {
        return feature + " :: " + scenario + example.map(e -> " :: " + e).orElse("");
    }

    /** The feature's directory, e.g. {@code clauses/match}, for the scoreboard. */
    public String directory() {
        int slash = feature.lastIndexOf('/');
        return slash < 0 ? "." : feature.substring(0, slash);
    }
}
