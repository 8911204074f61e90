package org.quiver.planner.rewrite;

import java.util.Optional;
import org.quiver.planner.expr.Binary;
import org.quiver.planner.logical.Filter;
import org.quiver.planner.logical.LogicalOp;

/** {@code Filter(a AND b)} becomes two filters, so each conjunct can move on its own. */
public final class SplitConjunctions implements RewriteRule {
    @Override
    public Optional<LogicalOp> apply(LogicalOp op) {
        if (op instanceof Filter f && f.predicate() instanceof Binary b && b.op() == Binary.Op.AND) {
            return Optional.of(new Filter(new Filter(f.input(), b.left()), b.right()));
        }
        return Optional.empty();
    }
}
