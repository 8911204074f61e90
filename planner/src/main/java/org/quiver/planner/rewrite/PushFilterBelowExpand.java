package org.quiver.planner.rewrite;

import java.util.Optional;
import org.quiver.planner.logical.Expand;
import org.quiver.planner.logical.ExpandInto;
import org.quiver.planner.logical.Filter;
import org.quiver.planner.logical.LogicalOp;
import org.quiver.planner.logical.VarExpand;

/**
 * A filter over an expand (fixed or variable length) that reads only variables bound before the expand runs before it, so
 * fewer rows reach the join.
 */
public final class PushFilterBelowExpand implements RewriteRule {
    @Override
    public Optional<LogicalOp> apply(LogicalOp op) {
        if (!(op instanceof Filter f)) {
            return Optional.empty();
        }
        LogicalOp child = f.input();
        // A variable-length expansion extends each input row on its own, as the others do.
        if (!(child instanceof Expand) && !(child instanceof ExpandInto) && !(child instanceof VarExpand)) {
            return Optional.empty();
        }
        LogicalOp below = child.children().get(0);
        if (!below.variables().keySet().containsAll(Variables.of(f.predicate()))) {
            return Optional.empty();
        }
        return Optional.of(child.withChildren(java.util.List.of(new Filter(below, f.predicate()))));
    }
}
