package org.quiver.planner.rewrite;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.quiver.parser.ast.PatternPart.PathSelector;
import org.quiver.planner.expr.AggregateCall;
import org.quiver.planner.expr.Binary;
import org.quiver.planner.expr.Expr;
import org.quiver.planner.expr.NamedExpr;
import org.quiver.planner.expr.Unary;
import org.quiver.planner.expr.VariableRef;
import org.quiver.planner.logical.Aggregate;
import org.quiver.planner.logical.Distinct;
import org.quiver.planner.logical.ExpandDirection;
import org.quiver.planner.logical.Filter;
import org.quiver.planner.logical.LogicalOp;
import org.quiver.planner.logical.Project;
import org.quiver.planner.logical.VarExpand;

/**
 * A variable-length relationship whose trails matter only through the ends they reach — under
 * {@code DISTINCT}, or aggregations that ignore repeats ({@code count(DISTINCT f)}, {@code min},
 * {@code max}), with the relationship list unused — keeps one trail per reached end
 * ({@link VarExpand#withDistinctEnds()}): a breadth-first search instead of enumerating every trail.
 *
 * <p>Why it computes the same rows: a node reached by some walk of at most {@code max} steps is
 * reached by its shortest walk, which repeats no node and so no relationship — a trail, of at
 * least one step unless it is the start. So from 0 or 1 hops the reached ends are the same, except
 * the start itself from one hop: a directed closed walk's shortest form is a cycle (a trail), but
 * an undirected walk may return over the relationship it left by. Undirected from one hop, the rule
 * therefore fires only when a filter between it and the {@code DISTINCT} drops the start
 * ({@code f <> p}).
 */
public final class DistinctVarLengthEnds implements RewriteRule {
    @Override
    public Optional<LogicalOp> apply(LogicalOp op) {
        if (op instanceof Distinct distinct) {
            return rewrite(distinct.input(), List.of(), true).map(input -> distinct.withChildren(List.of(input)));
        }
        if (op instanceof Aggregate aggregate && aggregate.aggregations().stream().allMatch(a -> ignoresRepeats(a.expr()))) {
            List<Expr> read = new ArrayList<>();
            aggregate.groupings().forEach(g -> read.add(g.expr()));
            aggregate.aggregations().forEach(a -> read.add(a.expr()));
            return rewrite(aggregate.input(), read, false).map(input -> aggregate.withChildren(List.of(input)));
        }
        return Optional.empty();
    }

    /**
     * {@code top} with the var-length expansion under its chain of projections and filters
     * rewritten; {@code read} are the expressions the consumer evaluates, {@code allVariables}
     * whether it reads every variable of its input (DISTINCT does).
     */
    private static Optional<LogicalOp> rewrite(LogicalOp top, List<Expr> read, boolean allVariables) {
        List<LogicalOp> chain = new ArrayList<>();
        LogicalOp current = top;
        while (current instanceof Project || current instanceof Filter) {
            chain.add(current);
            current = current.children().get(0);
        }
        if (!(current instanceof VarExpand expand) || !fires(expand, chain, read, allVariables ? top : null)) {
            return Optional.empty();
        }
        LogicalOp rebuilt = expand.withDistinctEnds();
        for (int i = chain.size() - 1; i >= 0; i--) {
            rebuilt = chain.get(i).withChildren(List.of(rebuilt));
        }
        return Optional.of(rebuilt);
    }

    private static boolean fires(VarExpand expand, List<LogicalOp> chain, List<Expr> read, LogicalOp readsAll) {
        if (expand.distinctEnds() || expand.selector() != PathSelector.ALL || expand.minHops() > 1
                || expand.innerNodes().isPresent()) {
            return false;
        }
        Set<String> used = new HashSet<>();
        read.forEach(e -> used.addAll(Variables.of(e)));
        boolean dropsStart = false;
        for (LogicalOp op : chain) {
            if (op instanceof Project project) {
                project.items().forEach(item -> used.addAll(Variables.of(item.expr())));
            } else if (op instanceof Filter filter) {
                used.addAll(Variables.of(filter.predicate()));
                dropsStart |= dropsStart(filter.predicate(), expand);
            }
        }
        if (used.contains(expand.relationships())
                || readsAll != null && readsAll.variables().containsKey(expand.relationships())) {
            return false;
        }
        return expand.minHops() == 0 || expand.direction() != ExpandDirection.BOTH || dropsStart;
    }

    /** Whether a conjunct of {@code predicate} is {@code to <> from} (or {@code NOT to = from}). */
    private static boolean dropsStart(Expr predicate, VarExpand expand) {
        if (predicate instanceof Binary b && b.op() == Binary.Op.AND) {
            return dropsStart(b.left(), expand) || dropsStart(b.right(), expand);
        }
        if (predicate instanceof Binary b && b.op() == Binary.Op.NOT_EQUALS) {
            return ends(b.left(), b.right(), expand);
        }
        return predicate instanceof Unary u && u.op() == Unary.Op.NOT && u.operand() instanceof Binary b
                && b.op() == Binary.Op.EQUALS && ends(b.left(), b.right(), expand);
    }

    private static boolean ends(Expr left, Expr right, VarExpand expand) {
        return left instanceof VariableRef l && right instanceof VariableRef r
                && Set.of(l.name(), r.name()).equals(Set.of(expand.from(), expand.to()));
    }

    private static boolean ignoresRepeats(Expr e) {
        return e.descendants().filter(x -> x instanceof AggregateCall).map(x -> (AggregateCall) x).allMatch(a ->
                a.distinct() || a.function() == AggregateCall.Function.MIN || a.function() == AggregateCall.Function.MAX);
    }
}
