package org.quiver.planner.semantic;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.quiver.parser.ast.FunctionCall;
import org.quiver.parser.error.SyntaxError;
import org.quiver.planner.expr.Expr;
import org.quiver.planner.types.CypherType;

/**
 * Function calls decided at run time: the conversions and {@code type}/{@code labels} of a value
 * whose type analysis does not know (they raise a TypeError when it turns out wrong), and the
 * {@code …OrNull} conversions, which take a value of any type.
 */
final class AnyFunctionBinder {
    private static final Set<String> ON_ANY = Set.of("tostring", "tointeger", "tofloat", "toboolean", "type", "labels",
            "size");
    private static final Set<String> OR_NULL = Set.of("tostringornull", "tointegerornull", "tofloatornull",
            "tobooleanornull");

    private AnyFunctionBinder() {
    }

    static Optional<Expr> bind(String name, List<Expr> args, FunctionCall call) {
        if (name.equals("properties")) {
            return Optional.of(properties(args, call));
        }
        boolean orNull = OR_NULL.contains(name);
        if (!orNull && !(ON_ANY.contains(name) && args.size() == 1 && MixedValues.isAny(args.get(0).type()))) {
            return Optional.empty();
        }
        if (args.size() != 1) {
            throw new SyntaxError("InvalidNumberOfArguments", call.name() + "() takes 1 argument but was given "
                    + args.size(), call.span());
        }
        CypherType type = switch (name) {
            case "tostring", "tostringornull", "type" -> CypherType.STRING;
            case "tointeger", "tointegerornull", "size" -> CypherType.INTEGER;
            case "tofloat", "tofloatornull" -> CypherType.FLOAT;
            case "toboolean", "tobooleanornull" -> CypherType.BOOLEAN;
            default -> CypherType.listOf(CypherType.STRING);
        };
        return Optional.of(MixedValues.call(name, args, type));
    }

    /** {@code properties(x)} of a node, relationship or map: a map of the properties it has. */
    private static Expr properties(List<Expr> args, FunctionCall call) {
        if (args.size() != 1) {
            throw new SyntaxError("InvalidNumberOfArguments", "properties() takes 1 argument but was given "
                    + args.size(), call.span());
        }
        CypherType t = args.get(0).type();
        if (t == CypherType.NULL) {
            return org.quiver.planner.expr.Literal.ofNull();
        }
        if (!(t.isEntity() || t.isMap() || MixedValues.isAny(t))) {
            throw new SyntaxError("InvalidArgumentType", "Type mismatch: properties() expected a Node, Relationship"
                    + " or Map but was " + t.displayName(), call.span());
        }
        return MixedValues.call("properties", args, CypherType.ANY);
    }
}
