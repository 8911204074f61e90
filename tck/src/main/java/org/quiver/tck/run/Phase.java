package org.quiver.tck.run;

import java.util.Locale;

/** Where a scenario failed: which stage of the engine raised, or the runner's comparison, or the setup steps. */
public enum Phase {
    PARSE, ANALYZE, PLAN, EXECUTE, COMPARE, SETUP;

    /** The lower-case name used in the report. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
