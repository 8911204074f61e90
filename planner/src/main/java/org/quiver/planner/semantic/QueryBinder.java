package org.quiver.planner.semantic;

import java.util.List;
import org.quiver.parser.ast.Clause;
import org.quiver.parser.ast.Create;
import org.quiver.parser.ast.Delete;
import org.quiver.parser.ast.Match;
import org.quiver.parser.ast.Merge;
import org.quiver.parser.ast.Query;
import org.quiver.parser.ast.Remove;
import org.quiver.parser.ast.Return;
import org.quiver.parser.ast.SetClause;
import org.quiver.parser.ast.SingleQuery;
import org.quiver.parser.ast.Unwind;
import org.quiver.parser.ast.With;
import org.quiver.parser.ast.Expression;
import org.quiver.parser.error.SemanticError;
import org.quiver.parser.error.TypeError;
import org.quiver.parser.error.UnsupportedFeature;
import org.quiver.planner.expr.Expr;
import org.quiver.planner.logical.Filter;
import org.quiver.planner.logical.LogicalOp;
import org.quiver.planner.logical.Start;
import org.quiver.planner.types.CypherType;

/**
 * Semantic analysis and logical planning of a query, clause by clause: every user mistake is
 * raised here, with its position, before anything runs.
 *
 * <pre>{@code
 * BoundQuery q = QueryBinder.bind((Query) QueryParser.parse(text), new BindContext(text, schema, params));
 * }</pre>
 */
public final class QueryBinder {
    private final BindContext context;
    private LogicalOp plan = new Start();
    private Scope scope = Scope.EMPTY;

    private QueryBinder(BindContext context) {
        this.context = context;
    }

    public static BoundQuery bind(Query query, BindContext context) {
        if (!query.unions().isEmpty()) {
            throw new UnsupportedFeature("UNION", query.unions().get(0).span());
        }
        return new QueryBinder(context).single(query.first());
    }

    private BoundQuery single(SingleQuery query) {
        List<Clause> clauses = query.clauses();
        for (int i = 0; i < clauses.size(); i++) {
            Clause clause = clauses.get(i);
            boolean last = i == clauses.size() - 1;
            if (clause instanceof Return r) {
                if (!last) {
                    throw new SemanticError("InvalidClauseComposition", "RETURN can only be used at the end of the query",
                            r.span());
                }
                ProjectionBinder projection = new ProjectionBinder(context, plan, scope);
                projection.bind(r.projection(), true);
                return new BoundQuery(projection.plan(), List.copyOf(projection.scope().variables().keySet()));
            }
            clause(clause);
        }
        Clause last = clauses.get(clauses.size() - 1);
        throw new SemanticError("InvalidClauseComposition", "Query cannot conclude with " + clauseName(last)
                + " (must be a RETURN clause or an update clause)", last.span());
    }

    private void clause(Clause clause) {
        if (clause instanceof Match m) {
            if (m.optional()) {
                throw new UnsupportedFeature("OPTIONAL MATCH", m.span());
            }
            PatternBinder pattern = new PatternBinder(context, plan, scope);
            pattern.bind(m.pattern());
            plan = pattern.plan();
            scope = pattern.scope();
            m.where().ifPresent(this::where);
        } else if (clause instanceof With w) {
            ProjectionBinder projection = new ProjectionBinder(context, plan, scope);
            projection.bind(w.projection(), false);
            plan = projection.plan();
            scope = projection.scope();
            w.where().ifPresent(this::where);
        } else {
            throw new UnsupportedFeature(clauseName(clause), clause.span());
        }
    }

    private void where(Expression predicate) {
        Expr bound = new ExpressionBinder(context, scope, false).bind(predicate);
        if (bound.type() != CypherType.BOOLEAN && bound.type() != CypherType.NULL) {
            throw new TypeError("InvalidArgumentType",
                    "Type mismatch: WHERE expected Boolean but was " + bound.type().displayName(), predicate.span());
        }
        plan = new Filter(plan, bound);
    }

    private static String clauseName(Clause clause) {
        if (clause instanceof Match m) {
            return m.optional() ? "OPTIONAL MATCH" : "MATCH";
        } else if (clause instanceof Unwind) {
            return "UNWIND";
        } else if (clause instanceof With) {
            return "WITH";
        } else if (clause instanceof Create) {
            return "CREATE";
        } else if (clause instanceof Merge) {
            return "MERGE";
        } else if (clause instanceof SetClause) {
            return "SET";
        } else if (clause instanceof Remove) {
            return "REMOVE";
        } else if (clause instanceof Delete d) {
            return d.detach() ? "DETACH DELETE" : "DELETE";
        }
        return "RETURN";
    }
}
