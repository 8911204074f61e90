package org.quiver.planner.logical;

import java.util.Set;
import org.quiver.planner.expr.Expr;
import org.quiver.planner.expr.NamedExpr;
import org.quiver.planner.expr.SortKey;
import org.quiver.planner.expr.VariableRef;

/**
 * Checks that every variable an operator reads is bound by its input. Tests run it after every
 * rewrite, so a broken rule fails where it happens rather than in Spark.
 */
public final class PlanValidator {
    private PlanValidator() {
    }

    public static void validate(LogicalOp op) {
        op.children().forEach(PlanValidator::validate);
        Set<String> bound = op.children().size() == 1 ? op.children().get(0).variables().keySet() : Set.of();
        if (op instanceof Filter f) {
            reads(op, f.predicate(), bound);
        } else if (op instanceof Project p) {
            p.items().stream().map(NamedExpr::expr).forEach(e -> reads(op, e, bound));
        } else if (op instanceof Aggregate a) {
            a.groupings().stream().map(NamedExpr::expr).forEach(e -> reads(op, e, bound));
            a.aggregations().stream().map(NamedExpr::expr).forEach(e -> reads(op, e, bound));
        } else if (op instanceof Sort s) {
            s.keys().stream().map(SortKey::expr).forEach(e -> reads(op, e, bound));
        } else if (op instanceof CartesianProduct c) {
            for (String v : c.left().variables().keySet()) {
                if (c.right().variables().containsKey(v)) {
                    throw new IllegalStateException("both sides of a cartesian product bind " + v);
                }
            }
        } else if (op instanceof NodeHashJoin j) {
            for (String v : j.left().variables().keySet()) {
                if (j.right().variables().containsKey(v) != j.nodes().contains(v)) {
                    throw new IllegalStateException("a node join's sides share " + v + " but join on " + j.nodes());
                }
            }
        }
    }

    private static void reads(LogicalOp op, Expr e, Set<String> bound) {
        e.descendants().filter(x -> x instanceof VariableRef).map(x -> ((VariableRef) x).name()).forEach(name -> {
            if (!bound.contains(name)) {
                throw new IllegalStateException(op.getClass().getSimpleName() + " reads unbound variable " + name);
            }
        });
    }
}
