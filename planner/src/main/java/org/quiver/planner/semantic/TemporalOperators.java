package org.quiver.planner.semantic;

import java.util.List;
import org.quiver.parser.ast.Span;
import org.quiver.parser.error.SyntaxError;
import org.quiver.planner.expr.Binary.Op;
import org.quiver.planner.expr.Expr;
import org.quiver.planner.expr.ScalarCall;
import org.quiver.planner.types.CypherType;

/**
 * Arithmetic with temporal operands: instant ± duration, duration ± duration, duration × or ÷ a
 * number. Each becomes a {@code temporal.add|subtract|multiply|divide} call with the temporal
 * operand first.
 */
final class TemporalOperators {
    private TemporalOperators() {
    }

    static Expr arithmetic(Op op, Expr left, Expr right, Span span) {
        CypherType l = left.type();
        CypherType r = right.type();
        switch (op) {
            case ADD -> {
                if (l == CypherType.DURATION && r == CypherType.DURATION) {
                    return call("add", left, right, CypherType.DURATION);
                }
                if (l.isInstantType() && r == CypherType.DURATION) {
                    return call("add", left, right, l);
                }
                if (l == CypherType.DURATION && r.isInstantType()) {
                    return call("add", right, left, r);
                }
            }
            case SUBTRACT -> {
                if (r == CypherType.DURATION && (l == CypherType.DURATION || l.isInstantType())) {
                    return call("subtract", left, right, l);
                }
            }
            case MULTIPLY -> {
                if (l == CypherType.DURATION && r.isNumeric()) {
                    return call("multiply", left, right, CypherType.DURATION);
                }
                if (l.isNumeric() && r == CypherType.DURATION) {
                    return call("multiply", right, left, CypherType.DURATION);
                }
            }
            case DIVIDE -> {
                if (l == CypherType.DURATION && r.isNumeric()) {
                    return call("divide", left, right, CypherType.DURATION);
                }
            }
            default -> {
            }
        }
        throw new SyntaxError("InvalidArgumentType", "Type mismatch: cannot apply " + op.name().toLowerCase()
                + " to " + l.displayName() + " and " + r.displayName(), span);
    }

    private static Expr call(String name, Expr temporal, Expr other, CypherType type) {
        return new ScalarCall(TemporalFunctionBinder.PREFIX + name, List.of(temporal, other), type);
    }
}
