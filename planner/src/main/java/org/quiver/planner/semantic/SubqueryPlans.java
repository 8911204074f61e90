package org.quiver.planner.semantic;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.quiver.parser.ast.Clause;
import org.quiver.parser.ast.CollectSubquery;
import org.quiver.parser.ast.Match;
import org.quiver.parser.ast.ProjectionItem;
import org.quiver.parser.ast.Query;
import org.quiver.parser.ast.Return;
import org.quiver.parser.ast.SingleQuery;
import org.quiver.parser.error.SyntaxError;
import org.quiver.parser.error.UnsupportedFeature;
import org.quiver.planner.expr.Expr;
import org.quiver.planner.logical.Aggregate;
import org.quiver.planner.logical.Distinct;
import org.quiver.planner.logical.Limit;
import org.quiver.planner.logical.LogicalOp;
import org.quiver.planner.logical.OuterRows;
import org.quiver.planner.logical.Skip;

/**
 * The query bodies of {@code EXISTS { … }}, {@code COUNT { … }} and {@code COLLECT { … }} that
 * are MATCH clauses (each WHERE may hold patterns and subqueries of its own) and a final RETURN:
 * planned from the outer row ({@link OuterRows}), so the caller joins the matches back per row
 * (a semi-join for EXISTS, a grouped join for COUNT and COLLECT) instead of running per row.
 * Other bodies are {@link FullSubqueries}.
 */
final class SubqueryPlans {
    private static final Set<String> UPDATING = Set.of("Create", "Merge", "SetClause", "Remove", "Delete", "Foreach");

    private SubqueryPlans() {
    }

    /** The matches of a subquery body, the scope they bind, and its RETURN if it has one. */
    record Matches(LogicalOp plan, Scope scope, Optional<Return> returned) {
    }

    /** A subquery's query may only read the graph. */
    static void rejectUpdates(Query query, String construct) {
        List<SingleQuery> parts = new java.util.ArrayList<>(List.of(query.first()));
        query.unions().forEach(u -> parts.add(u.query()));
        for (SingleQuery part : parts) {
            for (Clause clause : part.clauses()) {
                if (UPDATING.contains(clause.getClass().getSimpleName())) {
                    throw new SyntaxError("InvalidClauseComposition", construct + " cannot update the graph",
                            clause.span());
                }
            }
        }
    }

    /** Whether the query is MATCH clauses and at most a final RETURN, which {@link #matches} may plan. */
    private static boolean onlyMatches(Query query) {
        List<Clause> clauses = query.first().clauses();
        for (int i = 0; i < clauses.size(); i++) {
            Clause clause = clauses.get(i);
            boolean match = clause instanceof Match m && !m.optional();
            if (!match && !(clause instanceof Return && i == clauses.size() - 1)) {
                return false;
            }
        }
        return query.unions().isEmpty();
    }

    /**
     * Plans the MATCH clauses. A RETURN is bound (so its mistakes are reported) but left out of the
     * plan, which it must not change the number of rows of. Empty when the query is more than that
     * (other clauses, a RETURN that aggregates, is DISTINCT or limits): {@link FullSubqueries} plans it.
     */
    static Optional<Matches> matches(BindContext context, LogicalOp input, Scope scope, Query query, String construct) {
        rejectUpdates(query, construct);
        if (!onlyMatches(query)) {
            return Optional.empty();
        }
        List<Clause> clauses = query.first().clauses();
        LogicalOp plan = new OuterRows(input.variables());
        Scope inner = scope;
        Optional<Return> returned = Optional.empty();
        for (int i = 0; i < clauses.size(); i++) {
            Clause clause = clauses.get(i);
            if (clause instanceof Match match && !match.optional()) {
                PatternBinder binder = new PatternBinder(context, plan, inner);
                binder.bind(match.pattern());
                plan = binder.plan();
                inner = binder.scope();
                if (match.where().isPresent()) {
                    plan = QueryBinder.filter(context, plan, inner, match.where().get());
                }
            } else if (clause instanceof Return r && i == clauses.size() - 1) {
                ProjectionBinder projection = new ProjectionBinder(context, plan, inner);
                projection.bind(r.projection(), true);
                if (changesRows(projection.plan(), plan)) {
                    return Optional.empty();
                }
                returned = Optional.of(r);
            } else {
                throw new IllegalStateException("not only MATCH clauses: " + clause);
            }
        }
        return Optional.of(new Matches(plan, inner, returned));
    }

    /** The value {@code COLLECT { … }} collects: its RETURN's single item, read in the matches' scope. */
    static Expr collected(BindContext context, Matches matches, CollectSubquery collect) {
        Return r = matches.returned().orElseThrow(() -> new SyntaxError("InvalidClauseComposition",
                "COLLECT { … } must end with a RETURN", collect.span()));
        List<ProjectionItem> items = r.projection().items();
        if (r.projection().star() || items.size() != 1) {
            throw new SyntaxError("InvalidClauseComposition", "COLLECT { … } must RETURN exactly one column",
                    r.span());
        }
        Expr value = new ExpressionBinder(context, matches.scope(), false).bind(items.get(0).expression());
        if (value.type().isMixed() || value.type() == org.quiver.planner.types.CypherType.NULL) {
            throw new UnsupportedFeature("COLLECT { … } of values of different or unknown types",
                    items.get(0).expression().span());
        }
        return value;
    }

    /** Whether the operators a RETURN put above {@code below} may drop or invent rows. */
    private static boolean changesRows(LogicalOp projected, LogicalOp below) {
        for (LogicalOp op = projected; op != below; op = op.children().get(0)) {
            if (op instanceof Aggregate || op instanceof Distinct || op instanceof Skip || op instanceof Limit
                    || op.children().size() != 1) {
                return true;
            }
        }
        return false;
    }
}
