package org.quiver.planner.semantic;

import org.quiver.parser.ast.Expression;
import org.quiver.parser.error.SyntaxError;
import org.quiver.planner.expr.AggregateCall;
import org.quiver.planner.expr.ColumnRef;
import org.quiver.planner.expr.Expr;
import org.quiver.planner.expr.Literal;
import org.quiver.planner.expr.PropertyOf;
import org.quiver.planner.expr.RowCount;
import org.quiver.planner.expr.RowCountCheck;
import org.quiver.planner.expr.VariableRef;

/**
 * The count of a SKIP or LIMIT: any expression that reads no variable. A number written in the
 * query is checked here; an expression of parameters or functions is kept, parameters by name, and
 * checked when the query runs, so a plan does not depend on the values it is run with.
 */
final class RowCountBinder {
    private RowCountBinder() {
    }

    static RowCount bind(BindContext context, Expression e, String clause) {
        Expr value;
        try {
            value = ExpressionBinder.keepingParameters(context).bind(e);
        } catch (SyntaxError undefined) {
            throw new SyntaxError("NonConstantExpression", "It is not allowed to refer to variables in " + clause,
                    e.span());
        }
        if (value.descendants().anyMatch(x -> x instanceof VariableRef || x instanceof ColumnRef
                || x instanceof PropertyOf || x instanceof AggregateCall)) {
            throw new SyntaxError("NonConstantExpression", clause + " needs a constant expression", e.span());
        }
        if (!(value instanceof Literal literal)) {
            return new RowCount(value, clause, e.span());
        }
        return RowCount.of(RowCountCheck.count(literal.value(), clause, e.span()), clause, e.span());
    }
}
