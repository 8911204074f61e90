package org.quiver.planner.semantic;

import java.util.List;
import org.quiver.parser.ast.Reduce;
import org.quiver.parser.error.UnsupportedFeature;
import org.quiver.planner.expr.Expr;
import org.quiver.planner.expr.Literal;
import org.quiver.planner.expr.ReduceOf;
import org.quiver.planner.types.CypherType;

/**
 * Binds {@code reduce(acc = initial, x IN list | expression)}. The accumulator has one type for the
 * whole fold (Spark's {@code aggregate} needs it): the initial value's, widened by what the expression
 * gives until it is stable. A null or empty-list initial value takes that type; an accumulator whose
 * values differ in type from step to step ({@code reduce(s = 0, x IN [1.5] | s + x)}: an integer,
 * then a float) is held as a value of type Any, so that each step keeps Cypher's exact result.
 */
final class ReduceBinding {
    private static final int WIDENINGS = 4;

    private ReduceBinding() {
    }

    static Expr bind(Reduce r, ExpressionBinder outer, boolean insideAggregation) {
        Expr list = outer.bind(r.list(), insideAggregation);
        CypherType element = outer.elementType(list, r.list().span());
        Expr initial = outer.bind(r.initial(), insideAggregation);
        if (list.type() == CypherType.NULL) {
            return Literal.ofNull();
        }
        boolean retypable = initial instanceof Literal l
                && (l.value() == null || l.value() instanceof List<?> values && values.isEmpty());
        CypherType accumulator = initial.type();
        Expr expression = step(r, outer, accumulator, element, insideAggregation);
        for (int i = 0; i < WIDENINGS && !expression.type().equals(accumulator); i++) {
            CypherType wider = accumulator.join(expression.type());
            if (wider.equals(accumulator)) {
                break;
            }
            accumulator = wider;
            expression = step(r, outer, accumulator, element, insideAggregation);
        }
        if (accumulator.isMap() || accumulator.isEntity() || accumulator instanceof CypherType.ListOf l
                && (l.element().isMap() || l.element().isEntity())) {
            throw new UnsupportedFeature("reduce() with an accumulator of type " + accumulator.displayName(), r.span());
        }
        boolean same = expression.type().equals(accumulator)
                && (initial.type().equals(accumulator) || retypable);
        if (same) {
            Expr start = retypable ? new Literal(((Literal) initial).value(), accumulator) : initial;
            return new ReduceOf(r.accumulator().name(), start, r.variable().name(), list, expression, accumulator);
        }
        if (accumulator instanceof CypherType.ListOf || accumulator == CypherType.NULL) {
            throw new UnsupportedFeature("reduce() whose accumulator changes type from step to step ("
                    + initial.type().displayName() + ", then " + expression.type().displayName() + ")", r.span());
        }
        Expr anyStep = MixedValues.toAny(step(r, outer, CypherType.ANY, element, insideAggregation));
        return new ReduceOf(r.accumulator().name(), MixedValues.toAny(initial), r.variable().name(), list, anyStep,
                CypherType.ANY);
    }

    private static Expr step(Reduce r, ExpressionBinder outer, CypherType accumulator, CypherType element,
            boolean insideAggregation) {
        return outer.withLambda(r.accumulator().name(), accumulator).withLambda(r.variable().name(), element)
                .bind(r.expression(), insideAggregation);
    }
}
