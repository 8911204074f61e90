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

    /** The pattern comprehensions of an expression, outside other comprehensions. */
    static List<PatternComprehension> comprehensions(Expression expression) {
        List<PatternComprehension> found = new ArrayList<>();
        collectComprehensions(expression, found);
        return found;
    }

    private static void collectComprehensions(Object node, List<PatternComprehension> found) {
        if (node instanceof PatternComprehension c) {
            found.add(c);
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

    /** A pattern comprehension planned against {@code input}: the list of its projection per input row. */
    static org.quiver.planner.logical.PatternCollect comprehension(BindContext context, LogicalOp input, Scope scope,
            PatternComprehension comprehension, String list) {
        PatternBinder binder = new PatternBinder(context, new OuterRows(input.variables()), scope);
        binder.bind(new Pattern(List.of(new PatternPart(comprehension.pathVariable(), PatternPart.PathSelector.ALL,
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
            return existsQuery(context, input, scope, ((SubqueryBody.QueryBody) exists.body()).query(), exists);
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

    /**
     * {@code EXISTS { MATCH … [WHERE …] … [RETURN …] }}: the matches of the MATCH clauses (whose
     * WHERE may hold patterns and subqueries of their own); a RETURN that neither aggregates nor
     * limits cannot change whether there is a row, so it is checked and left out.
     */
    private static LogicalOp existsQuery(BindContext context, LogicalOp input, Scope scope, Query query,
            ExistsSubquery exists) {
        List<org.quiver.parser.ast.Clause> clauses = query.first().clauses();
        for (org.quiver.parser.ast.Clause clause : clauses) {
            if (UPDATING.contains(clause.getClass().getSimpleName())) {
                throw new SyntaxError("InvalidClauseComposition", "An EXISTS subquery cannot update the graph",
                        clause.span());
            }
        }
        if (!query.unions().isEmpty()) {
            throw new UnsupportedFeature("EXISTS { … } around a UNION", exists.span());
        }
        LogicalOp plan = new OuterRows(input.variables());
        Scope inner = scope;
        for (int i = 0; i < clauses.size(); i++) {
            org.quiver.parser.ast.Clause clause = clauses.get(i);
            if (clause instanceof Match match && !match.optional()) {
                PatternBinder binder = new PatternBinder(context, plan, inner);
                binder.bind(match.pattern());
                plan = binder.plan();
                inner = binder.scope();
                if (match.where().isPresent()) {
                    plan = QueryBinder.filter(context, plan, inner, match.where().get());
                }
            } else if (clause instanceof org.quiver.parser.ast.Return r && i == clauses.size() - 1) {
                ProjectionBinder projection = new ProjectionBinder(context, plan, inner);
                projection.bind(r.projection(), true);
                if (changesExistence(projection.plan(), plan)) {
                    throw new UnsupportedFeature("EXISTS { … } whose RETURN aggregates or limits", r.span());
                }
            } else {
                throw new UnsupportedFeature("EXISTS { … } around a query with clauses other than MATCH and RETURN",
                        clause.span());
            }
        }
        return plan;
    }

    private static final java.util.Set<String> UPDATING =
            java.util.Set.of("Create", "Merge", "SetClause", "Remove", "Delete", "Foreach");

    /** Whether the operators a RETURN put above {@code below} may drop or invent rows. */
    private static boolean changesExistence(LogicalOp projected, LogicalOp below) {
        for (LogicalOp op = projected; op != below; op = op.children().get(0)) {
            if (op instanceof org.quiver.planner.logical.Aggregate || op instanceof org.quiver.planner.logical.Skip
                    || op instanceof org.quiver.planner.logical.Limit || op.children().size() != 1) {
                return true;
            }
        }
        return false;
    }

    private static void requireBound(Scope scope, org.quiver.parser.ast.Variable v) {
        if (!scope.contains(v.name())) {
            throw new SyntaxError("UndefinedVariable", "Variable `" + v.name() + "` not defined", v.span());
        }
    }
}
