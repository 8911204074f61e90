package org.quiver.planner;

import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;
import org.quiver.planner.procedure.Procedure;
import org.quiver.planner.procedure.ProcedureCatalog;

/**
 * How to plan and run: which optimizer rules are switched off (by name), which procedures
 * {@code CALL} finds, and how many rows a variable-length hop or a cartesian product may hold.
 */
public record PlannerOptions(Set<String> disabledRules, ProcedureCatalog procedures, OptionalLong rowBudget) {
    public static final PlannerOptions DEFAULTS = new PlannerOptions(Set.of());

    public PlannerOptions {
        disabledRules = Set.copyOf(disabledRules);
        Objects.requireNonNull(procedures, "procedures");
        Objects.requireNonNull(rowBudget, "rowBudget");
        if (rowBudget.isPresent() && rowBudget.getAsLong() <= 0) {
            throw new IllegalArgumentException("a row budget must be positive, not " + rowBudget.getAsLong());
        }
    }

    public PlannerOptions(Set<String> disabledRules) {
        this(disabledRules, ProcedureCatalog.EMPTY, OptionalLong.empty());
    }

    public PlannerOptions withDisabledRules(Set<String> ruleNames) {
        return new PlannerOptions(ruleNames, procedures, rowBudget);
    }

    public PlannerOptions withProcedure(Procedure procedure) {
        return new PlannerOptions(disabledRules, procedures.with(procedure), rowBudget);
    }

    public PlannerOptions withRowBudget(long rows) {
        return new PlannerOptions(disabledRules, procedures, OptionalLong.of(rows));
    }
}
