package org.quiver.planner.lower;

import java.util.List;
import org.quiver.planner.expr.Expr;
import org.quiver.planner.expr.LambdaVariable;
import org.quiver.planner.expr.ListComprehensionOf;
import org.quiver.planner.expr.Literal;
import org.quiver.planner.expr.ScalarCall;
import org.quiver.planner.types.CypherType;

/**
 * Property values read where a key's values differ in type across tables: the columns a scan of
 * some tables gives may be of one type (Integer) where the value is wanted as Any (a graph-wide
 * entity struct, a property read typed over more labels), or the other way round.
 */
final class MixedProperties {
    private MixedProperties() {
    }

    /** {@code value} as a value of type {@code wanted}; both hold the same values, only the encoding differs. */
    static Expr as(Expr value, CypherType wanted) {
        CypherType type = value.type();
        if (type.equals(wanted) || type == CypherType.NULL) {
            return value;
        }
        if (wanted == CypherType.ANY || wanted == CypherType.NUMBER) {
            return type == CypherType.ANY || type == CypherType.NUMBER ? value
                    : new ScalarCall("any.of", List.of(value), wanted);
        }
        if (wanted instanceof CypherType.ListOf list && list.element().isMixed()
                && type instanceof CypherType.ListOf from && !from.element().isMixed()) {
            LambdaVariable element = new LambdaVariable("  element", from.element());
            return new ListComprehensionOf("  element", value, Literal.of(true), as(element, list.element()), wanted);
        }
        if (type == CypherType.ANY || type == CypherType.NUMBER) {
            return narrowed(value, wanted);
        }
        return value;
    }

    /**
     * A value held as Any whose type the query knows (its labels leave one type): converted by the
     * conversion function of that type, which gives a value of the type unchanged.
     */
    private static Expr narrowed(Expr value, CypherType wanted) {
        String conversion;
        if (wanted == CypherType.INTEGER) {
            conversion = "tointeger";
        } else if (wanted == CypherType.FLOAT) {
            conversion = "tofloat";
        } else if (wanted == CypherType.STRING) {
            conversion = "tostring";
        } else if (wanted == CypherType.BOOLEAN) {
            conversion = "toboolean";
        } else {
            throw new org.quiver.parser.error.UnsupportedFeature("Reading a " + wanted.displayName()
                    + " property of a node or relationship computed by an expression, where the key has values of"
                    + " other types in the graph,", null);
        }
        return new ScalarCall("any." + conversion, List.of(value), wanted);
    }
}
