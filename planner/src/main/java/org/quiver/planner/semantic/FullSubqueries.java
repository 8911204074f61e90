package org.quiver.planner.semantic;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.quiver.parser.ast.BooleanLiteral;
import org.quiver.parser.ast.Clause;
import org.quiver.parser.ast.Projection;
import org.quiver.parser.ast.ProjectionItem;
import org.quiver.parser.ast.Query;
import org.quiver.parser.ast.Return;
import org.quiver.parser.ast.SingleQuery;
import org.quiver.parser.ast.Span;
import org.quiver.parser.ast.Variable;
import org.quiver.parser.error.SyntaxError;
import org.quiver.parser.error.UnsupportedFeature;
import org.quiver.planner.expr.AggregateCall;
import org.quiver.planner.expr.Binary;
import org.quiver.planner.expr.CaseWhen;
import org.quiver.planner.expr.Expr;
import org.quiver.planner.expr.Literal;
import org.quiver.planner.expr.NamedExpr;
import org.quiver.planner.expr.VariableRef;
import org.quiver.planner.logical.Aggregate;
import org.quiver.planner.logical.LogicalOp;
import org.quiver.planner.logical.PadMissingKeys;
import org.quiver.planner.logical.Project;
import org.quiver.planner.logical.SubqueryCall;
import org.quiver.planner.types.CypherType;

/**
 * {@code EXISTS { … }}, {@code COUNT { … }} and {@code COLLECT { … }} around a whole query that
 * {@link SubqueryPlans} cannot plan from the outer row (WITH, aggregation, UNWIND, OPTIONAL MATCH,
 * DISTINCT, SKIP/LIMIT, …). As in Neo4j, the query runs with the outer variables it mentions in
 * scope; it is planned as a {@code CALL { … }} body that imports them ({@link ImportedRows}), so its
 * aggregations, DISTINCT and LIMIT work per imported values, not over all outer rows. Its rows are
 * then reduced to one per imported values — padded ({@link PadMissingKeys}) so that values the
 * query returns nothing for still count (false, 0, an empty list) — and joined back to the outer
 * rows ({@link SubqueryCall}), which keeps each of them exactly once.
 */
final class FullSubqueries {
    private FullSubqueries() {
    }

    enum Kind {
        EXISTS, COUNT, COLLECT
    }

    /** {@code input} extended by {@code name}: the subquery's truth value, row count or list for each row. */
    static LogicalOp plan(BindContext context, LogicalOp input, Scope scope, Query query, Kind kind, String name,
            String construct) {
        SubqueryPlans.rejectUpdates(query, construct);
        if (!query.unions().isEmpty()) {
            throw new UnsupportedFeature(construct + " around a UNION", query.span());
        }
        ImportedRows rows = ImportedRows.of(context, scope,
                ImportedRows.outerVariables(scope, AstVariables.in(query.first())));
        List<Clause> clauses = new ArrayList<>(query.first().clauses());
        if (!(clauses.get(clauses.size() - 1) instanceof Return)) {
            if (kind == Kind.COLLECT) {
                throw new SyntaxError("InvalidClauseComposition", "COLLECT { … } must end with a RETURN", query.span());
            }
            // EXISTS and COUNT need no RETURN: the rows are what they test and count.
            clauses.add(returnTrue(context, query.span()));
        }
        BoundQuery bound = QueryBinder.bindBody(context, rows.plan(), rows.scope(), rows.keys(),
                new SingleQuery(clauses, query.first().span()));
        if (bound.segments().size() != 1) {
            throw new IllegalStateException("a subquery body without updates is one segment");
        }
        LogicalOp body = bound.last().plan();
        SubqueryKeys keys = rows.keys();
        String marker = context.freshName("MATCHED");
        LogicalOp padded = keys.isEmpty() ? body : new PadMissingKeys(body, keys.names(), marker);
        AggregateCall count = new AggregateCall(AggregateCall.Function.COUNT, false, Optional.empty(),
                CypherType.INTEGER);
        if (!keys.isEmpty()) {
            count = SubqueryKeys.onlyWhereMarked(count, marker);
        }
        LogicalOp perKey;
        if (kind == Kind.COUNT) {
            perKey = new Aggregate(padded, keys.references(), List.of(new NamedExpr(name, count)));
        } else {
            String rowCount = context.freshName("COUNT");
            VariableRef counted = new VariableRef(rowCount, CypherType.INTEGER);
            List<NamedExpr> aggregations = new ArrayList<>(List.of(new NamedExpr(rowCount, count)));
            Expr value;
            if (kind == Kind.EXISTS) {
                value = new Binary(Binary.Op.GREATER_THAN, counted, Literal.of(0L), CypherType.BOOLEAN);
            } else {
                String list = context.freshName("COLLECTED");
                AggregateCall collect = collected(bound, body, (Return) clauses.get(clauses.size() - 1));
                aggregations.add(new NamedExpr(list, collect));
                // A padding row is a null value of its own: the list of a key without rows is empty.
                value = new CaseWhen(List.of(new Binary(Binary.Op.EQUALS, counted, Literal.of(0L), CypherType.BOOLEAN)),
                        List.of(new Literal(new ArrayList<>(), collect.type())), new VariableRef(list, collect.type()),
                        collect.type());
            }
            List<NamedExpr> items = new ArrayList<>(keys.references());
            items.add(new NamedExpr(name, value));
            perKey = new Project(new Aggregate(padded, keys.references(), aggregations), items);
        }
        return new SubqueryCall(input, perKey, rows.keyOf(), List.of(name));
    }

    /** The values of {@code COLLECT { … }}: its RETURN's single column, nulls kept. */
    private static AggregateCall collected(BoundQuery bound, LogicalOp body, Return r) {
        if (r.projection().star() || r.projection().items().size() != 1) {
            throw new SyntaxError("InvalidClauseComposition", "COLLECT { … } must RETURN exactly one column",
                    r.span());
        }
        if (!r.projection().orderBy().isEmpty()) {
            // The rows are collected per outer row after a shuffle, which does not keep their order.
            throw new UnsupportedFeature("COLLECT { … } around a query whose RETURN has ORDER BY", r.span());
        }
        String column = bound.columns().get(0);
        CypherType type = body.variables().get(column);
        if (type.isMixed() || type == CypherType.NULL) {
            throw new UnsupportedFeature("COLLECT { … } of values of different or unknown types",
                    r.projection().items().get(0).expression().span());
        }
        return new AggregateCall(AggregateCall.Function.COLLECT_WITH_NULLS, false,
                Optional.of(new VariableRef(column, type)), CypherType.listOf(type));
    }

    private static Return returnTrue(BindContext context, Span span) {
        ProjectionItem item = new ProjectionItem(new BooleanLiteral(true, span),
                Optional.of(new Variable(context.freshName("ROW"), span)), span);
        return new Return(new Projection(false, false, List.of(item), List.of(), Optional.empty(), Optional.empty(),
                span), span);
    }
}
