package org.quiver.planner.semantic;

import java.util.List;
import org.quiver.planner.expr.Expr;
import org.quiver.planner.expr.ScalarCall;
import org.quiver.planner.types.CypherType;

/**
 * Values whose type is only known at run time. Analysis gives them one of two types: {@code Any}
 * for a single value and {@code List<Any>} for a list of them (a list of lists of mixed values is
 * a {@code List<Any>} too), so that a backend has one encoding to keep. Operators and functions
 * that meet such a value become {@code any.<name>} calls, evaluated by the backend with Cypher's
 * rules across types.
 */
final class MixedValues {
    static final String PREFIX = "any.";

    private MixedValues() {
    }

    /** {@code type}, with a mixed type anywhere inside made {@code Any} or {@code List<Any>}. */
    static CypherType normalize(CypherType type) {
        if (!type.isMixed()) {
            return type;
        }
        return type instanceof CypherType.ListOf ? CypherType.listOf(CypherType.ANY) : CypherType.ANY;
    }

    static boolean isAny(CypherType type) {
        return type == CypherType.ANY || type == CypherType.NUMBER;
    }

    /** Whether a value of this type is, or holds, values of a type only known at run time. */
    static boolean involvesAny(CypherType type) {
        return type.isMixed();
    }

    /** {@code e} as a value of type Any. */
    static Expr toAny(Expr e) {
        return isAny(e.type()) ? e : new ScalarCall(PREFIX + "of", List.of(e), CypherType.ANY);
    }

    /** {@code e} as a list of Any values; {@code e} is a list. */
    static Expr toAnyList(Expr e, String variable) {
        if (e.type() instanceof CypherType.ListOf list && isAny(list.element())) {
            return e;
        }
        CypherType element = ((CypherType.ListOf) e.type()).element();
        org.quiver.planner.expr.LambdaVariable x = new org.quiver.planner.expr.LambdaVariable(variable, element);
        return new org.quiver.planner.expr.ListComprehensionOf(variable, e,
                org.quiver.planner.expr.Literal.of(true), toAny(x), CypherType.listOf(CypherType.ANY));
    }

    static Expr call(String function, List<Expr> arguments, CypherType type) {
        return new ScalarCall(PREFIX + function, arguments, type);
    }
}
