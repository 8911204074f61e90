package org.quiver.planner;

import java.util.Set;

/** How to plan: which optimizer rules are switched off (by name). */
public record PlannerOptions(Set<String> disabledRules) {
    public static final PlannerOptions DEFAULTS = new PlannerOptions(Set.of());

    public PlannerOptions {
        disabledRules = Set.copyOf(disabledRules);
    }
}
