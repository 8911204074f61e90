package org.quiver.planner;

import java.util.Objects;
import java.util.Set;
import org.quiver.planner.procedure.Procedure;
import org.quiver.planner.procedure.ProcedureCatalog;

/** How to plan: which optimizer rules are switched off (by name), and which procedures {@code CALL} finds. */
public record PlannerOptions(Set<String> disabledRules, ProcedureCatalog procedures) {
    public static final PlannerOptions DEFAULTS = new PlannerOptions(Set.of());

    public PlannerOptions {
        disabledRules = Set.copyOf(disabledRules);
        Objects.requireNonNull(procedures, "procedures");
    }

    public PlannerOptions(Set<String> disabledRules) {
        this(disabledRules, ProcedureCatalog.EMPTY);
    }

    public PlannerOptions withDisabledRules(Set<String> ruleNames) {
        return new PlannerOptions(ruleNames, procedures);
    }

    public PlannerOptions withProcedure(Procedure procedure) {
        return new PlannerOptions(disabledRules, procedures.with(procedure));
    }
}
