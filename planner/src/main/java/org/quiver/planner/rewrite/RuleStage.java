package org.quiver.planner.rewrite;

import java.util.List;
import java.util.Objects;

/** Rules that run together to a fixpoint, with the reason the stage sits where it does. */
public record RuleStage(String name, String why, List<RewriteRule> rules) {
    public RuleStage {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(why, "why");
        rules = List.copyOf(rules);
    }
}
