package org.quiver.planner.rewrite;

import java.util.Optional;
import org.quiver.planner.expr.Binary;
import org.quiver.planner.logical.Filter;
import org.quiver.planner.logical.LogicalOp;
import org.quiver.planner.types.CypherType;

/** Two adjacent filters become one with both conditions. */
public final class MergeFilters implements RewriteRule {
    @Override
    public Optional<LogicalOp> apply(LogicalOp op) {
        if (op instanceof Filter outer && outer.input() instanceof Filter inner) {
            return Optional.of(new Filter(inner.input(),
                    new Binary(Binary.Op.AND, inner.predicate(), outer.predicate(), CypherType.BOOLEAN)));
        }
        return Optional.empty();
    }
}
