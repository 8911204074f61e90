package org.quiver.planner.rewrite;

import java.util.Optional;
import org.quiver.planner.logical.LogicalOp;

/**
 * One rewrite of the logical plan: matches a small pattern at one operator and returns its
 * replacement, or empty when it does not fire. A rule never changes what a plan computes.
 */
public interface RewriteRule {

    /** The name a user or test gives to switch the rule off. */
    default String name() {
        return getClass().getSimpleName();
    }

    Optional<LogicalOp> apply(LogicalOp op);
}
