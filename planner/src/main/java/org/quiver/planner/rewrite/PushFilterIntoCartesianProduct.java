package org.quiver.planner.rewrite;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.quiver.planner.logical.CartesianProduct;
import org.quiver.planner.logical.Filter;
import org.quiver.planner.logical.LogicalOp;

/** A filter over a cartesian product that reads one side only moves into that side. */
public final class PushFilterIntoCartesianProduct implements RewriteRule {
    @Override
    public Optional<LogicalOp> apply(LogicalOp op) {
        if (!(op instanceof Filter f) || !(f.input() instanceof CartesianProduct product)) {
            return Optional.empty();
        }
        Set<String> read = Variables.of(f.predicate());
        if (product.left().variables().keySet().containsAll(read)) {
            return Optional.of(product.withChildren(List.of(new Filter(product.left(), f.predicate()), product.right())));
        }
        if (product.right().variables().keySet().containsAll(read)) {
            return Optional.of(product.withChildren(List.of(product.left(), new Filter(product.right(), f.predicate()))));
        }
        return Optional.empty();
    }
}
