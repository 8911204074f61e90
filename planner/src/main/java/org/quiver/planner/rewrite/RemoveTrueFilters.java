package org.quiver.planner.rewrite;

import java.util.Optional;
import org.quiver.planner.expr.Literal;
import org.quiver.planner.logical.Filter;
import org.quiver.planner.logical.LogicalOp;

/** A filter whose condition is the constant {@code true} keeps every row: it goes. */
public final class RemoveTrueFilters implements RewriteRule {
    @Override
    public Optional<LogicalOp> apply(LogicalOp op) {
        if (op instanceof Filter f && f.predicate() instanceof Literal l && Boolean.TRUE.equals(l.value())) {
            return Optional.of(f.input());
        }
        return Optional.empty();
    }
}
