package org.quiver.planner.semantic;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.quiver.parser.ast.Expression;
import org.quiver.parser.ast.ListComprehension;
import org.quiver.parser.ast.Quantified;
import org.quiver.parser.ast.Variable;
import org.quiver.parser.error.SyntaxError;
import org.quiver.parser.error.UnsupportedFeature;
import org.quiver.planner.expr.AggregateCall;
import org.quiver.planner.expr.Binary;
import org.quiver.planner.expr.CaseWhen;
import org.quiver.planner.expr.Expr;
import org.quiver.planner.expr.IndexOf;
import org.quiver.planner.expr.LambdaVariable;
import org.quiver.planner.expr.ListPredicate;
import org.quiver.planner.expr.Literal;
import org.quiver.planner.expr.NamedExpr;
import org.quiver.planner.expr.NullCheck;
import org.quiver.planner.expr.ScalarCall;
import org.quiver.planner.expr.VariableRef;
import org.quiver.planner.logical.Aggregate;
import org.quiver.planner.logical.LogicalOp;
import org.quiver.planner.logical.Project;
import org.quiver.planner.logical.SubqueryCall;
import org.quiver.planner.logical.Unwind;
import org.quiver.planner.types.CypherType;

/**
 * A list comprehension or list predicate ({@code any}, {@code all}, {@code none}, {@code single})
 * whose body uses a pattern or a subquery ({@code [x IN nodes(p) | size([(x)-->(:Y) | 1])]}). A
 * pattern needs its variables as columns, not as the element variable of a lambda, so the
 * comprehension is planned as a subquery ({@link SubqueryCall}) run once per distinct combination
 * of the outer values it reads: it unwinds the positions {@code 0 … size(list) - 1}, binds the
 * element variable as a real column ({@code list[position]}), plans the patterns of the body as it
 * would for any row, filters by the WHERE, and collects the projected values back in position
 * order ({@link AggregateCall#inOrder}). A list predicate collects the truth values of its
 * predicate instead; the quantifier is then applied to that list of booleans, keeping Cypher's
 * three-valued logic.
 *
 * <p>Planning it as a subquery, not as one more row per element of the outer plan, reuses the
 * per-key machinery of {@code CALL { … }} (argument rows of the distinct imported values,
 * aggregation per key, the join back) rather than numbering outer rows. Not yet inside
 * {@code reduce()}, whose body also reads its accumulator.
 *
 * <p>Rows come back joined to the outer rows on the imported values (keeping outer rows without
 * any), so equal outer rows share a result and none is lost or repeated. {@link #value} makes the
 * list of outer values without elements (an empty list, every element filtered out) empty, and
 * the result null where the comprehension's list, read again, is null.
 */
final class ListSubqueries {
    private ListSubqueries() {
    }

    /** Whether {@code e} is a comprehension or list predicate that has to be planned so. */
    static boolean applies(Expression e) {
        if (e instanceof ListComprehension c) {
            return PatternPredicates.usesPatterns(c.where()) || PatternPredicates.usesPatterns(c.projection());
        }
        return e instanceof Quantified q && PatternPredicates.usesPatterns(q.where());
    }

    /**
     * {@code input} extended by {@code name}: the comprehension's list, or the list of its
     * predicate's truth values, for each input row (null where it has no element; {@link #value}
     * reads it).
     */
    static LogicalOp plan(BindContext context, LogicalOp input, Scope scope, Expression e, String name) {
        Variable element;
        Expression list;
        Optional<Expression> where;
        Optional<Expression> projection;
        if (e instanceof ListComprehension c) {
            element = c.variable();
            list = c.list();
            where = c.where();
            projection = c.projection();
        } else {
            Quantified q = (Quantified) e;
            element = q.variable();
            list = q.list();
            where = Optional.empty();
            // The predicate's truth value is what a list predicate collects.
            projection = q.where();
        }
        Set<String> mentioned = new LinkedHashSet<>(AstVariables.in(list));
        Set<String> inBody = new LinkedHashSet<>();
        where.ifPresent(w -> inBody.addAll(AstVariables.in(w)));
        projection.ifPresent(p -> inBody.addAll(AstVariables.in(p)));
        // Inside the body the element variable shadows an outer one of the same name.
        inBody.remove(element.name());
        mentioned.addAll(inBody);
        ImportedRows rows = ImportedRows.of(context, scope, ImportedRows.outerVariables(scope, mentioned));

        PatternPredicates.Planned listed = PatternPredicates.planAll(context, rows.plan(), rows.scope(), list, false);
        Expr values = new ExpressionBinder(context, listed.scope(), false, listed.flags()).bind(list);
        CypherType elementType = elementType(values, list);
        String position = context.freshName("POSITION");
        Expr positions = new Literal(new ArrayList<>(), CypherType.listOf(CypherType.INTEGER));
        if (values.type() != CypherType.NULL) {
            Expr size = new ScalarCall("size", List.of(values), CypherType.INTEGER);
            positions = new ScalarCall("range", List.of(Literal.of(0L),
                    new Binary(Binary.Op.SUBTRACT, size, Literal.of(1L), CypherType.INTEGER)),
                    CypherType.listOf(CypherType.INTEGER));
        }
        LogicalOp body = new Unwind(listed.plan(), positions, position, CypherType.INTEGER);
        VariableRef at = new VariableRef(position, CypherType.INTEGER);
        List<NamedExpr> items = passed(body);
        // The element variable may shadow an imported one that only the list read.
        items.removeIf(i -> i.name().equals(element.name()));
        items.add(new NamedExpr(element.name(), values.type() == CypherType.NULL ? Literal.ofNull()
                : new IndexOf(values, at, elementType)));
        body = new Project(body, items);
        Scope inner = listed.scope().with(position, new VariableInfo(CypherType.INTEGER, Set.of(), false))
                .with(element.name(), VariableInfo.value(elementType));
        if (where.isPresent()) {
            body = QueryBinder.filter(context, body, inner, where.get());
        }

        Expr value;
        if (projection.isEmpty()) {
            value = new VariableRef(element.name(), elementType);
        } else {
            boolean predicate = e instanceof Quantified;
            PatternPredicates.Planned planned = PatternPredicates.planAll(context, body, inner, projection.get(),
                    predicate);
            body = planned.plan();
            value = new ExpressionBinder(context, planned.scope(), false, planned.flags()).bind(projection.get());
            if (predicate) {
                value = ExpressionBinder.asPredicate(value);
                if (value.type() != CypherType.BOOLEAN && value.type() != CypherType.NULL) {
                    throw new SyntaxError("InvalidArgumentType", "Type mismatch: expected Boolean but was "
                            + value.type().displayName(), projection.get().span());
                }
            }
        }
        if (value.type().isMixed()) {
            value = MixedValues.toAny(value);
        } else if (value.type().isMap()) {
            throw new UnsupportedFeature("A list comprehension giving " + value.type().displayName() + " values",
                    e.span());
        }

        AggregateCall inOrder = AggregateCall.inOrder(at, value);
        body = new Aggregate(body, rows.keys().references(), List.of(new NamedExpr(name, inOrder)));
        return new SubqueryCall(input, body, rows.keyOf(), List.of(name), true);
    }

    /**
     * The value of comprehension {@code e} planned by {@link #plan}, from the list {@code planned}
     * it collected and its own list read again: null where that list is null, as Cypher's
     * comprehensions and list predicates are.
     */
    static Expr value(Expression e, Expr list, Expr planned) {
        if (list.type() == CypherType.NULL) {
            return Literal.ofNull();
        }
        // Outer values with no element left (an empty list, every element filtered out) had no row to collect.
        Expr result = new CaseWhen(List.of(new NullCheck(planned, false)),
                List.of(new Literal(new ArrayList<>(), planned.type())), planned, planned.type());
        if (e instanceof Quantified q) {
            String b = "  truth of " + q.variable().name();
            result = new ListPredicate(ListPredicate.Kind.valueOf(q.quantifier().name()), b, result,
                    new LambdaVariable(b, CypherType.BOOLEAN));
        }
        return new CaseWhen(List.of(new NullCheck(list, false)), List.of(new Literal(null, result.type())), result,
                result.type());
    }

    private static CypherType elementType(Expr list, Expression at) {
        if (list.type() instanceof CypherType.ListOf of) {
            return MixedValues.normalize(of.element());
        }
        if (list.type() == CypherType.NULL) {
            return CypherType.NULL;
        }
        throw new SyntaxError("InvalidArgumentType", "Type mismatch: expected a List but was "
                + list.type().displayName(), at.span());
    }

    /** Every variable of {@code op}, passed on unchanged. */
    private static List<NamedExpr> passed(LogicalOp op) {
        List<NamedExpr> items = new ArrayList<>();
        op.variables().forEach((n, type) -> items.add(new NamedExpr(n, new VariableRef(n, type))));
        return items;
    }
}
