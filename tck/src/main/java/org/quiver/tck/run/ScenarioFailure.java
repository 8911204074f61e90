package org.quiver.tck.run;

import java.util.Optional;

/** Ends a scenario: why it failed, in which phase, and the engine error that caused it, if any. */
final class ScenarioFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    final Phase phase;
    final transient Optional<String> actualError;

    ScenarioFailure(Phase phase, String reason, Optional<String> actualError) {
        super(reason, null, false, false);
        this.phase = phase;
        this.actualError = actualError;
    }

    ScenarioFailure(Phase phase, String reason) {
        this(phase, reason, Optional.empty());
    }
}
