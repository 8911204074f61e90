package org.quiver.planner.rewrite;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.quiver.planner.expr.Binary;
import org.quiver.planner.expr.Expr;
import org.quiver.planner.expr.Literal;
import org.quiver.planner.expr.NamedExpr;
import org.quiver.planner.expr.PathOf;
import org.quiver.planner.expr.ScalarCall;
import org.quiver.planner.expr.VariableRef;
import org.quiver.planner.logical.Aggregate;
import org.quiver.planner.logical.Filter;
import org.quiver.planner.logical.LogicalOp;
import org.quiver.planner.logical.Project;
import org.quiver.planner.types.CypherType;

/**
 * A named path read only through {@code length(p)} is not built: the length is the sum of its
 * steps (one per single relationship, the list's size per variable-length one), and the
 * projection that made the path drops it. Building a path reads every relationship and inner
 * node of it as a value, which for a variable-length step means joining each step with the node
 * tables; {@code MATCH p = shortestPath(…) RETURN length(p)} needs the relationship ids only.
 * Paths without a variable-length step are left alone: their length does not read a list whose
 * null would say that an optional path is missing.
 */
public final class PathLengthFromSteps implements RewriteRule {
    @Override
    public Optional<LogicalOp> apply(LogicalOp op) {
        if (!(op instanceof Project) && !(op instanceof Aggregate)) {
            return Optional.empty();
        }
        List<Filter> filters = new ArrayList<>();
        LogicalOp current = op.children().get(0);
        while (current instanceof Filter f) {
            filters.add(f);
            current = f.input();
        }
        if (!(current instanceof Project maker)) {
            return Optional.empty();
        }
        for (NamedExpr item : maker.items()) {
            if (item.expr() instanceof PathOf path && rewritable(op, filters, maker, item.name(), path)) {
                return Optional.of(rewrite(op, filters, maker, item.name(), path));
            }
        }
        return Optional.empty();
    }

    private static boolean rewritable(LogicalOp consumer, List<Filter> filters, Project maker, String name, PathOf path) {
        if (path.steps().stream().noneMatch(s -> s.innerNodes().isPresent())
                || path.steps().stream().anyMatch(s -> !maker.variables().containsKey(s.relationship().name()))
                || filters.stream().anyMatch(f -> Variables.of(f.predicate()).contains(name))) {
            return false;
        }
        long reads = expressions(consumer).stream().flatMap(Expr::descendants)
                .filter(e -> e instanceof VariableRef ref && ref.name().equals(name)).count();
        long lengths = expressions(consumer).stream().flatMap(Expr::descendants)
                .filter(e -> isLengthOf(e, name)).count();
        return reads > 0 && reads == lengths;
    }

    private static boolean isLengthOf(Expr e, String name) {
        return e instanceof ScalarCall call && call.function().equals("length") && call.arguments().size() == 1
                && call.arguments().get(0) instanceof VariableRef ref && ref.name().equals(name);
    }

    private static List<Expr> expressions(LogicalOp consumer) {
        List<Expr> all = new ArrayList<>();
        if (consumer instanceof Project p) {
            p.items().forEach(i -> all.add(i.expr()));
        } else if (consumer instanceof Aggregate a) {
            a.groupings().forEach(i -> all.add(i.expr()));
            a.aggregations().forEach(i -> all.add(i.expr()));
        }
        return all;
    }

    private static LogicalOp rewrite(LogicalOp consumer, List<Filter> filters, Project maker, String name, PathOf path) {
        Expr length = lengthOf(path);
        List<NamedExpr> kept = maker.items().stream().filter(i -> !i.name().equals(name)).toList();
        LogicalOp input = new Project(maker.input(), kept);
        for (int i = filters.size() - 1; i >= 0; i--) {
            input = filters.get(i).withChildren(List.of(input));
        }
        java.util.function.UnaryOperator<Expr> replace = e -> isLengthOf(e, name) ? length : e;
        if (consumer instanceof Project p) {
            return new Project(input, p.items().stream()
                    .map(i -> new NamedExpr(i.name(), i.expr().transformUp(replace))).toList());
        }
        Aggregate a = (Aggregate) consumer;
        return new Aggregate(input,
                a.groupings().stream().map(i -> new NamedExpr(i.name(), i.expr().transformUp(replace))).toList(),
                a.aggregations().stream().map(i -> new NamedExpr(i.name(), i.expr().transformUp(replace))).toList());
    }

    private static Expr lengthOf(PathOf path) {
        Expr length = null;
        for (PathOf.Step step : path.steps()) {
            Expr hops = step.innerNodes().isPresent()
                    ? new ScalarCall("size", List.of(step.relationship()), CypherType.INTEGER)
                    : new Literal(1L, CypherType.INTEGER);
            length = length == null ? hops : new Binary(Binary.Op.ADD, length, hops, CypherType.INTEGER);
        }
        return length;
    }
}
