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
import org.quiver.planner.logical.PatternExists;

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
     * expression, outside other comprehensions, and the list comprehensions and list predicates
     * whose body uses patterns ({@link ListSubqueries}): each becomes a list collected per row.
     * Those inside a comprehension's list come first: they are read outside it.
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
        if (node instanceof ListComprehension c) {
            collectComprehensions(c.list(), found);
            if (ListSubqueries.applies(c)) {
                found.add(c);
            }
            return;
        }
        if (node instanceof Quantified q) {
            collectComprehensions(q.list(), found);
            if (ListSubqueries.applies(q)) {
                found.add(q);
            }
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

    /** Whether a pattern or subquery occurs anywhere in {@code node}, which then needs its variables as columns. */
    static boolean usesPatterns(Object node) {
        if (node instanceof PatternComprehension || node instanceof PatternExpression || node instanceof ExistsSubquery
                || node instanceof org.quiver.parser.ast.CountSubquery
                || node instanceof org.quiver.parser.ast.CollectSubquery
                || node instanceof org.quiver.parser.ast.ShortestPathExpression) {
            return true;
        }
        if (node instanceof Collection<?> items) {
            return items.stream().anyMatch(PatternPredicates::usesPatterns);
        } else if (node instanceof Optional<?> optional) {
            return optional.map(PatternPredicates::usesPatterns).orElse(false);
        } else if (node instanceof AstNode && node.getClass().isRecord()) {
            for (RecordComponent c : node.getClass().getRecordComponents()) {
                try {
                    if (usesPatterns(c.getAccessor().invoke(node))) {
                        return true;
                    }
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return false;
    }

    /** A plan extended by the patterns of an expression, the scope that sees them, and each one's variable. */
    record Planned(LogicalOp plan, Scope scope, java.util.Map<Expression, String> flags) {
    }

    /**
     * {@code input} extended by the patterns and subqueries of {@code expression}: its
     * comprehensions, and with {@code predicates} (a WHERE) its pattern predicates and {@code EXISTS}
     * subqueries too. Bind the expression with the flags to read them.
     */
    static Planned planAll(BindContext context, LogicalOp input, Scope scope, Expression expression,
            boolean predicates) {
        LogicalOp plan = input;
        java.util.Map<Expression, String> flags = new java.util.HashMap<>();
        if (predicates) {
            for (Expression pattern : in(expression)) {
                if (!flags.containsKey(pattern)) {
                    String flag = context.freshName("PATTERN");
                    plan = flagged(context, plan, scope, pattern, flag);
                    flags.put(pattern, flag);
                }
            }
        }
        for (Expression collected : comprehensions(expression)) {
            if (!flags.containsKey(collected)) {
                String list = context.freshName("COMPREHENSION");
                plan = collect(context, plan, scope, collected, list);
                scope = scope.with(list, new VariableInfo(plan.variables().get(list), java.util.Set.of(), false));
                flags.put(collected, list);
            }
        }
        return new Planned(plan, scope, flags);
    }

    /**
     * A comprehension or subquery of {@link #comprehensions} planned against {@code input}: the
     * list of its values per input row ({@code COUNT { … }} collects a 1 per match; the expression
     * binder takes its size), or for a {@code COUNT { … }} around a whole query the count itself.
     */
    static LogicalOp collect(BindContext context, LogicalOp input, Scope scope, Expression expression, String list) {
        if (expression instanceof PatternComprehension c) {
            return comprehension(context, input, scope, c, list, PatternPart.PathSelector.ALL);
        }
        if (expression instanceof ListComprehension || expression instanceof Quantified) {
            return ListSubqueries.plan(context, input, scope, expression, list);
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
            LogicalOp inner;
            if (count.body() instanceof SubqueryBody.QueryBody body) {
                Optional<SubqueryPlans.Matches> matches = SubqueryPlans.matches(context, input, scope, body.query(),
                        "COUNT { … }");
                if (matches.isEmpty()) {
                    return FullSubqueries.plan(context, input, scope, body.query(), FullSubqueries.Kind.COUNT, list,
                            "COUNT { … }");
                }
                inner = matches.get().plan();
            } else {
                inner = patternBody(context, input, scope, (SubqueryBody.PatternBody) count.body());
            }
            return new org.quiver.planner.logical.PatternCollect(input, inner, org.quiver.planner.expr.Literal.of(1L),
                    list);
        }
        org.quiver.parser.ast.CollectSubquery collect = (org.quiver.parser.ast.CollectSubquery) expression;
        Optional<SubqueryPlans.Matches> matches = SubqueryPlans.matches(context, input, scope, collect.query(),
                "COLLECT { … }");
        if (matches.isEmpty()) {
            return FullSubqueries.plan(context, input, scope, collect.query(), FullSubqueries.Kind.COLLECT, list,
                    "COLLECT { … }");
        }
        Expr value = SubqueryPlans.collected(context, matches.get(), collect);
        return new org.quiver.planner.logical.PatternCollect(input, matches.get().plan(), value, list);
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

    /**
     * The input rows, each with {@code flag} telling whether the pattern or {@code EXISTS { … }}
     * matches it; the pattern's new variables stay local to it.
     */
    static LogicalOp flagged(BindContext context, LogicalOp input, Scope scope, Expression predicate, String flag) {
        if (predicate instanceof ExistsSubquery exists) {
            if (exists.body() instanceof SubqueryBody.PatternBody body) {
                return new PatternExists(input, patternBody(context, input, scope, body), flag);
            }
            Query query = ((SubqueryBody.QueryBody) exists.body()).query();
            Optional<SubqueryPlans.Matches> matches = SubqueryPlans.matches(context, input, scope, query,
                    "EXISTS { … }");
            if (matches.isEmpty()) {
                return FullSubqueries.plan(context, input, scope, query, FullSubqueries.Kind.EXISTS, flag,
                        "EXISTS { … }");
            }
            return new PatternExists(input, matches.get().plan(), flag);
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
        return new PatternExists(input, binder.plan(), flag);
    }

    /** {@code pattern [WHERE …]} (the short form of EXISTS and COUNT): a pattern that may bind new variables. */
    private static LogicalOp patternBody(BindContext context, LogicalOp input, Scope scope,
            SubqueryBody.PatternBody body) {
        PatternBinder binder = new PatternBinder(context, new OuterRows(input.variables()), scope);
        binder.bind(body.pattern());
        LogicalOp plan = binder.plan();
        if (body.where().isPresent()) {
            Expr predicate = new ExpressionBinder(context, binder.scope(), false).bind(body.where().get());
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
