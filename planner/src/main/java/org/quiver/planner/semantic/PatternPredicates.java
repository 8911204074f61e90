package org.quiver.planner.semantic;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.quiver.parser.ast.AstNode;
import org.quiver.parser.ast.ExistsSubquery;
import org.quiver.parser.ast.Expression;
import org.quiver.parser.ast.Match;
import org.quiver.parser.ast.Query;
import org.quiver.parser.ast.SubqueryBody;
import org.quiver.parser.error.UnsupportedFeature;
import org.quiver.planner.expr.Expr;
import org.quiver.planner.logical.Filter;
import org.quiver.parser.ast.ListComprehension;
import org.quiver.parser.ast.Pattern;
import org.quiver.parser.ast.PatternComprehension;
import org.quiver.parser.ast.PatternExpression;
import org.quiver.parser.ast.PatternPart;
import org.quiver.parser.ast.Quantified;
import org.quiver.parser.error.SyntaxError;
import org.quiver.planner.logical.LogicalOp;
import org.quiver.planner.logical.OuterRows;

/** Patterns used as predicates in a {@code WHERE}: finding them, and planning each against the rows it filters. */
final class PatternPredicates {
    private PatternPredicates() {
    }

    /**
     * The pattern expressions and {@code EXISTS { … }} subqueries of a predicate, outside list
     * predicates and comprehensions (which bind their own variables).
     */
    static List<Expression> in(Expression predicate) {
        List<Expression> found = new ArrayList<>();
        collect(predicate, found);
        return found;
    }

    private static void collect(Object node, List<Expression> found) {
        if (node instanceof PatternExpression || node instanceof ExistsSubquery) {
            found.add((Expression) node);
            return;
        }
        if (node instanceof Quantified || node instanceof ListComprehension || node instanceof PatternComprehension) {
            return;
        }
        if (node instanceof Collection<?> items) {
            items.forEach(i -> collect(i, found));
        } else if (node instanceof Optional<?> optional) {
            optional.ifPresent(o -> collect(o, found));
        } else if (node instanceof AstNode && node.getClass().isRecord()) {
            for (RecordComponent c : node.getClass().getRecordComponents()) {
                try {
                    collect(c.getAccessor().invoke(node), found);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    /**
     * The pattern comprehensions and {@code COUNT { … }} / {@code COLLECT { … }} subqueries of an
     * expression, outside other comprehensions: each becomes a list collected per row.
     */
    static List<Expression> comprehensions(Expression expression) {
        List<Expression> found = new ArrayList<>();
        collectComprehensions(expression, found);
        return found;
    }

    private static void collectComprehensions(Object node, List<Expression> found) {
        if (node instanceof PatternComprehension || node instanceof org.quiver.parser.ast.CountSubquery
                || node instanceof org.quiver.parser.ast.CollectSubquery
                || node instanceof org.quiver.parser.ast.ShortestPathExpression) {
            found.add((Expression) node);
            return;
        }
        if (node instanceof Quantified || node instanceof ListComprehension) {
            return;
        }
        if (node instanceof Collection<?> items) {
            items.forEach(i -> collectComprehensions(i, found));
        } else if (node instanceof Optional<?> optional) {
            optional.ifPresent(o -> collectComprehensions(o, found));
        } else if (node instanceof AstNode && node.getClass().isRecord()) {
            for (RecordComponent c : node.getClass().getRecordComponents()) {
                try {
                    collectComprehensions(c.getAccessor().invoke(node), found);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    /**
     * A comprehension or subquery of {@link #comprehensions} planned against {@code input}: the
     * list of its values per input row ({@code COUNT { … }} collects a 1 per match; the expression
     * binder takes its size).
     */
    static org.quiver.planner.logical.PatternCollect collect(BindContext context, LogicalOp input, Scope scope,
            Expression expression, String list) {
        if (expression instanceof PatternComprehension c) {
            return comprehension(context, input, scope, c, list, PatternPart.PathSelector.ALL);
        }
        if (expression instanceof org.quiver.parser.ast.ShortestPathExpression shortest) {
            // The shortest paths as the list a comprehension [p = shortestPath(…) | p] would give.
            org.quiver.parser.ast.Variable path = new org.quiver.parser.ast.Variable(context.freshName("PATH"),
                    shortest.span());
            PatternPart part = shortest.pattern();
            return comprehension(context, input, scope, new PatternComprehension(Optional.of(path), part.element(),
                    Optional.empty(), path, shortest.span()), list, part.selector());
        }
        if (expression instanceof org.quiver.parser.ast.CountSubquery count) {
            LogicalOp inner = count.body() instanceof SubqueryBody.QueryBody body
                    ? SubqueryPlans.matches(context, input, scope, body.query(), "COUNT { … }").plan()
                    : exists(context, input, scope, new ExistsSubquery(count.body(), count.span()));
            return new org.quiver.planner.logical.PatternCollect(input, inner, org.quiver.planner.expr.Literal.of(1L),
                    list);
        }
        org.quiver.parser.ast.CollectSubquery collect = (org.quiver.parser.ast.CollectSubquery) expression;
        SubqueryPlans.Matches matches = SubqueryPlans.matches(context, input, scope, collect.query(), "COLLECT { … }");
        Expr value = SubqueryPlans.collected(context, matches, collect);
        return new org.quiver.planner.logical.PatternCollect(input, matches.plan(), value, list);
    }

    private static org.quiver.planner.logical.PatternCollect comprehension(BindContext context, LogicalOp input,
            Scope scope, PatternComprehension comprehension, String list, PatternPart.PathSelector selector) {
        PatternBinder binder = new PatternBinder(context, new OuterRows(input.variables()), scope);
        binder.bind(new Pattern(List.of(new PatternPart(comprehension.pathVariable(), selector,
                comprehension.pattern(), comprehension.span())), comprehension.span()));
        LogicalOp plan = binder.plan();
        if (comprehension.where().isPresent()) {
            Expr predicate = new ExpressionBinder(context, binder.scope(), false).bind(comprehension.where().get());
            plan = new Filter(plan, predicate);
        }
        Expr projection = new ExpressionBinder(context, binder.scope(), false).bind(comprehension.projection());
        if (projection.type().isMixed() || projection.type() == org.quiver.planner.types.CypherType.NULL) {
            throw new UnsupportedFeature("A pattern comprehension giving values of different or unknown types",
                    comprehension.projection().span());
        }
        return new org.quiver.planner.logical.PatternCollect(input, plan, projection, list);
    }

    /** The input rows extended by the pattern or subquery; its new variables stay local to it. */
    static LogicalOp plan(BindContext context, LogicalOp input, Scope scope, Expression predicate) {
        if (predicate instanceof ExistsSubquery exists) {
            return exists(context, input, scope, exists);
        }
        PatternExpression pattern = (PatternExpression) predicate;
        pattern.pattern().start().variable().ifPresent(v -> requireBound(scope, v));
        pattern.pattern().steps().forEach(step -> {
            step.node().variable().ifPresent(v -> requireBound(scope, v));
            step.relationship().variable().ifPresent(v -> requireBound(scope, v));
        });
        PatternBinder binder = new PatternBinder(context, new OuterRows(input.variables()), scope);
        binder.bind(new Pattern(List.of(new PatternPart(Optional.empty(), PatternPart.PathSelector.ALL,
                pattern.pattern(), pattern.span())), pattern.span()));
        return binder.plan();
    }

    /** {@code EXISTS { pattern [WHERE …] }} and {@code EXISTS { MATCH pattern [WHERE …] }}: a pattern that may bind new variables. */
    private static LogicalOp exists(BindContext context, LogicalOp input, Scope scope, ExistsSubquery exists) {
        Pattern pattern;
        Optional<Expression> where;
        if (exists.body() instanceof SubqueryBody.PatternBody body) {
            pattern = body.pattern();
            where = body.where();
        } else {
            return SubqueryPlans.matches(context, input, scope, ((SubqueryBody.QueryBody) exists.body()).query(),
                    "EXISTS { … }").plan();
        }
        PatternBinder binder = new PatternBinder(context, new OuterRows(input.variables()), scope);
        binder.bind(pattern);
        LogicalOp plan = binder.plan();
        if (where.isPresent()) {
            Expr predicate = new ExpressionBinder(context, binder.scope(), false).bind(where.get());
            plan = new Filter(plan, predicate);
        }
        return plan;
    }

    private static void requireBound(Scope scope, org.quiver.parser.ast.Variable v) {
        if (!scope.contains(v.name())) {
            throw new SyntaxError("UndefinedVariable", "Variable `" + v.name() + "` not defined", v.span());
        }
    }
}
