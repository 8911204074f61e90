package org.quiver.planner.rewrite;

import java.util.Optional;
import org.quiver.planner.expr.Binary;
import org.quiver.planner.expr.Expr;
import org.quiver.planner.expr.Literal;
import org.quiver.planner.expr.Unary;
import org.quiver.planner.logical.Filter;
import org.quiver.planner.logical.LogicalOp;
import org.quiver.planner.types.CypherType;

/**
 * Works out the parts of a filter's condition that do not depend on the row (parameters are
 * literals by now): {@code NOT}, {@code AND} and {@code OR} over constants with Cypher's
 * three-valued logic, and comparisons of two integers, two strings or two booleans. A condition
 * that folds to {@code true} is then removed by {@link RemoveTrueFilters}.
 */
public final class FoldConstantPredicates implements RewriteRule {
    @Override
    public Optional<LogicalOp> apply(LogicalOp op) {
        if (!(op instanceof Filter f)) {
            return Optional.empty();
        }
        Expr folded = f.predicate().transformUp(FoldConstantPredicates::fold);
        return folded.equals(f.predicate()) ? Optional.empty() : Optional.of(new Filter(f.input(), folded));
    }

    private static Expr fold(Expr e) {
        if (e instanceof Unary u && u.op() == Unary.Op.NOT && u.operand() instanceof Literal l
                && l.value() instanceof Boolean b) {
            return bool(!b);
        }
        if (!(e instanceof Binary b)) {
            return e;
        }
        return switch (b.op()) {
            case AND -> isBool(b.left(), false) || isBool(b.right(), false) ? bool(false)
                    : isBool(b.left(), true) ? b.right() : isBool(b.right(), true) ? b.left() : e;
            case OR -> isBool(b.left(), true) || isBool(b.right(), true) ? bool(true)
                    : isBool(b.left(), false) ? b.right() : isBool(b.right(), false) ? b.left() : e;
            case EQUALS, NOT_EQUALS, LESS_THAN, LESS_THAN_OR_EQUAL, GREATER_THAN, GREATER_THAN_OR_EQUAL ->
                    compare(b).orElse(e);
            default -> e;
        };
    }

    /** Two non-null constants of the same simple type compared; empty for anything else. */
    private static Optional<Expr> compare(Binary b) {
        if (!(b.left() instanceof Literal l) || !(b.right() instanceof Literal r) || l.value() == null
                || r.value() == null || l.value().getClass() != r.value().getClass()) {
            return Optional.empty();
        }
        int order;
        if (l.value() instanceof Long x) {
            order = Long.compare(x, (Long) r.value());
        } else if (l.value() instanceof String x) {
            order = x.compareTo((String) r.value());
        } else if (l.value() instanceof Boolean x) {
            order = Boolean.compare(x, (Boolean) r.value());
        } else {
            return Optional.empty();
        }
        boolean result = switch (b.op()) {
            case EQUALS -> order == 0;
            case NOT_EQUALS -> order != 0;
            case LESS_THAN -> order < 0;
            case LESS_THAN_OR_EQUAL -> order <= 0;
            case GREATER_THAN -> order > 0;
            default -> order >= 0;
        };
        return Optional.of(bool(result));
    }

    private static boolean isBool(Expr e, boolean value) {
        return e instanceof Literal l && Boolean.valueOf(value).equals(l.value());
    }

    private static Literal bool(boolean value) {
        return new Literal(value, CypherType.BOOLEAN);
    }
}
