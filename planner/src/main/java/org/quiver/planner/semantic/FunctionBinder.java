package org.quiver.planner.semantic;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.quiver.parser.ast.Expression;
import org.quiver.parser.ast.FunctionCall;
import org.quiver.parser.ast.Span;
import org.quiver.parser.error.UnsupportedFeature;
import org.quiver.parser.error.SyntaxError;
import org.quiver.planner.expr.AggregateCall;
import org.quiver.planner.expr.Expr;
import org.quiver.planner.expr.Literal;
import org.quiver.planner.expr.ScalarCall;
import org.quiver.planner.types.CypherType;

/** Resolves function calls: aggregations, the scalar functions Quiver runs, and the ones it knows but does not yet. */
final class FunctionBinder {
    /** Functions of openCypher 9 and Neo4j 5 that Quiver does not run yet: an UnsupportedFeature, not UnknownFunction. */
    private static final Set<String> KNOWN_NOT_YET = Set.of(
            "exists", "haversin",
            "stdev", "stdevp", "elementid", "randomuuid", "timestamp", "point", "distance", "isempty", "valuetype",
            "char_length", "character_length", "normalize", "isnan", "cot");

    private final ExpressionBinder binder;

    FunctionBinder(ExpressionBinder binder) {
        this.binder = binder;
    }

    Expr bind(FunctionCall call, boolean insideAggregation) {
        if (TemporalFunctionBinder.handles(call)) {
            List<Expr> args = new ArrayList<>();
            for (Expression argument : call.arguments()) {
                args.add(binder.bind(argument, insideAggregation));
            }
            return TemporalFunctionBinder.bind(call, args);
        }
        if (!call.namespace().isEmpty()) {
            throw unknownOrUnsupported(call);
        }
        String name = call.name().toLowerCase(Locale.ROOT);
        Optional<AggregateCall.Function> aggregate = aggregateFunction(name);
        if (aggregate.isPresent()) {
            binder.checkAggregationAllowed(call.name() + "()", insideAggregation, call.span());
            Expr bound = aggregation(aggregate.get(), call);
            if (bound.descendants().anyMatch(e -> e instanceof ScalarCall c && c.function().equals("rand"))) {
                throw new SyntaxError("NonConstantExpression",
                        "A random function cannot be used inside an aggregation", call.span());
            }
            return bound;
        }
        if (call.distinct()) {
            throw new SyntaxError("InvalidArgumentType", "DISTINCT is only allowed in aggregating functions",
                    call.span());
        }
        List<Expr> args = new ArrayList<>();
        for (Expression argument : call.arguments()) {
            args.add(binder.bind(argument, insideAggregation));
        }
        return scalar(name, args, call);
    }

    private Expr aggregation(AggregateCall.Function function, FunctionCall call) {
        if (function == AggregateCall.Function.PERCENTILE_DISC || function == AggregateCall.Function.PERCENTILE_CONT) {
            return percentile(function, call);
        }
        arity(call, 1);
        Expr argument = binder.bind(call.arguments().get(0), true);
        CypherType t = argument.type();
        CypherType type = switch (function) {
            case COUNT -> CypherType.INTEGER;
            case AVG -> {
                requireNumeric(t, call);
                yield CypherType.FLOAT;
            }
            case SUM -> {
                requireNumeric(t, call);
                yield t == CypherType.NULL ? CypherType.INTEGER : t;
            }
            // Values Spark cannot order itself (lists, maps, mixed types) are taken in Cypher's global order by the backend.
            case MIN, MAX -> MixedValues.normalize(t);
            case COLLECT -> CypherType.listOf(MixedValues.normalize(t == CypherType.NULL ? CypherType.ANY : t));
            case PERCENTILE_DISC, PERCENTILE_CONT, COLLECT_WITH_NULLS, COLLECT_IN_ORDER -> throw new IllegalStateException("bound above");
        };
        boolean anyAllowed = function == AggregateCall.Function.MIN || function == AggregateCall.Function.MAX
                || function == AggregateCall.Function.COLLECT
                || (function == AggregateCall.Function.COUNT && !call.distinct())
                || (t == CypherType.NUMBER && !call.distinct()
                        && (function == AggregateCall.Function.SUM || function == AggregateCall.Function.AVG));
        if ((t == CypherType.ANY || t == CypherType.NUMBER) && !anyAllowed) {
            throw new UnsupportedFeature(call.name() + "() over values of mixed types", call.span());
        }
        return new AggregateCall(function, call.distinct(), Optional.of(argument), type);
    }

    /** {@code percentileDisc(x, p)} and {@code percentileCont(x, p)}: {@code p} is a number, or read per row. */
    private Expr percentile(AggregateCall.Function function, FunctionCall call) {
        arity(call, 2);
        Expr argument = binder.bind(call.arguments().get(0), true);
        Expr percentile = binder.bind(call.arguments().get(1), true);
        CypherType t = argument.type();
        if (!(t == CypherType.INTEGER || t == CypherType.FLOAT || t == CypherType.NULL)) {
            throw mismatch("Integer or Float", t, call);
        }
        if (!(percentile instanceof Literal p && p.value() instanceof Number)) {
            if (MixedValues.isAny(percentile.type())) {
                throw new UnsupportedFeature(call.name() + "() with a percentile of mixed types", call.span());
            }
            if (!(percentile.type() == CypherType.INTEGER || percentile.type() == CypherType.FLOAT)) {
                throw mismatch("Integer or Float", percentile.type(), call);
            }
        }
        CypherType type = function == AggregateCall.Function.PERCENTILE_CONT || t == CypherType.NULL
                ? CypherType.FLOAT : t;
        return new AggregateCall(function, call.distinct(), Optional.of(argument), type, Optional.of(percentile));
    }

    private Expr scalar(String name, List<Expr> args, FunctionCall call) {
        Optional<Expr> atRunTime = AnyFunctionBinder.bind(name, args, call);
        if (atRunTime.isPresent()) {
            return atRunTime.get();
        }
        switch (name) {
            case "id" -> {
                arity(call, 1);
                return entityFunction(name, args.get(0), CypherType.INTEGER, call);
            }
            case "labels" -> {
                arity(call, 1);
                requireType(args.get(0), CypherType.NODE, call);
                return nullSafe(args, new ScalarCall(name, args, CypherType.listOf(CypherType.STRING)));
            }
            case "type" -> {
                arity(call, 1);
                requireType(args.get(0), CypherType.RELATIONSHIP, call);
                return nullSafe(args, new ScalarCall(name, args, CypherType.STRING));
            }
            case "startnode", "endnode" -> {
                arity(call, 1);
                requireType(args.get(0), CypherType.RELATIONSHIP, call);
                return nullSafe(args, new ScalarCall(name, args, CypherType.NODE));
            }
            case "nodes", "relationships" -> {
                arity(call, 1);
                requireType(args.get(0), CypherType.PATH, call);
                CypherType element = name.equals("nodes") ? CypherType.NODE : CypherType.RELATIONSHIP;
                return nullSafe(args, new ScalarCall(name, args, CypherType.listOf(element)));
            }
            case "length" -> {
                arity(call, 1);
                requireType(args.get(0), CypherType.PATH, call);
                return nullSafe(args, new ScalarCall(name, args, CypherType.INTEGER));
            }
            case "tolower", "toupper", "trim", "ltrim", "rtrim" -> {
                arity(call, 1);
                requireType(args.get(0), CypherType.STRING, call);
                return nullSafe(args, new ScalarCall(name, args, CypherType.STRING));
            }
            case "size" -> {
                arity(call, 1);
                CypherType t = args.get(0).type();
                if (t != CypherType.STRING && !(t instanceof CypherType.ListOf) && t != CypherType.NULL) {
                    throw mismatch("String or List", t, call);
                }
                return nullSafe(args, new ScalarCall(name, args, CypherType.INTEGER));
            }
            case "abs" -> {
                arity(call, 1);
                requireNumeric(args.get(0).type(), call);
                if (args.get(0).type() == CypherType.NUMBER) {
                    return numberAbs(args.get(0));
                }
                return nullSafe(args, new ScalarCall(name, args, args.get(0).type()));
            }
            case "tostring" -> {
                arity(call, 1);
                CypherType t = args.get(0).type();
                if (t.isTemporal()) {
                    return new ScalarCall(TemporalFunctionBinder.PREFIX + "tostring", args, CypherType.STRING);
                }
                if (!(t.isNumeric() || t == CypherType.STRING || t == CypherType.BOOLEAN || t == CypherType.NULL)) {
                    throw mismatch("Integer, Float, String or Boolean", t, call);
                }
                return nullSafe(args, new ScalarCall(name, args, CypherType.STRING));
            }
            case "tointeger", "tofloat" -> {
                arity(call, 1);
                CypherType t = args.get(0).type();
                if (!(t.isNumeric() || t == CypherType.STRING || t == CypherType.NULL)) {
                    throw mismatch("Integer, Float or String", t, call);
                }
                CypherType result = name.equals("tointeger") ? CypherType.INTEGER : CypherType.FLOAT;
                return nullSafe(args, new ScalarCall(name, args, result));
            }
            case "coalesce" -> {
                if (args.isEmpty()) {
                    throw new SyntaxError("InvalidNumberOfArguments", "coalesce() needs at least one argument",
                            call.span());
                }
                CypherType type = CypherType.NULL;
                for (Expr arg : args) {
                    type = type.join(arg.type());
                }
                if (type.isMixed()) {
                    type = MixedValues.normalize(type);
                    if (type != CypherType.ANY) {
                        throw new UnsupportedFeature("coalesce() over lists of different types", call.span());
                    }
                    return new ScalarCall(name, args.stream().map(MixedValues::toAny).toList(), type);
                }
                return new ScalarCall(name, args, type);
            }
            case "substring" -> {
                if (args.size() < 2 || args.size() > 3) {
                    throw new SyntaxError("InvalidNumberOfArguments",
                            "substring() takes 2 or 3 arguments", call.span());
                }
                requireType(args.get(0), CypherType.STRING, call);
                for (Expr arg : args.subList(1, args.size())) {
                    requireType(arg, CypherType.INTEGER, call);
                }
                return nullSafe(args, new ScalarCall(name, args, CypherType.STRING));
            }
            case "sqrt", "exp", "log", "log10", "sin", "cos", "tan", "asin", "acos", "atan", "degrees", "radians",
                    "ceil", "floor", "round" -> {
                arity(call, 1);
                requireNumeric(args.get(0).type(), call);
                return nullSafe(args, new ScalarCall(name, asFloats(args), CypherType.FLOAT));
            }
            case "sign" -> {
                arity(call, 1);
                requireNumeric(args.get(0).type(), call);
                return nullSafe(args, new ScalarCall(name, asFloats(args), CypherType.INTEGER));
            }
            case "atan2" -> {
                arity(call, 2);
                requireNumeric(args.get(0).type(), call);
                requireNumeric(args.get(1).type(), call);
                return nullSafe(args, new ScalarCall(name, asFloats(args), CypherType.FLOAT));
            }
            case "rand", "pi", "e" -> {
                arity(call, 0);
                return new ScalarCall(name, args, CypherType.FLOAT);
            }
            case "toboolean" -> {
                arity(call, 1);
                CypherType t = args.get(0).type();
                if (!(t == CypherType.STRING || t == CypherType.BOOLEAN || t == CypherType.NULL)) {
                    throw mismatch("String or Boolean", t, call);
                }
                return nullSafe(args, new ScalarCall(name, args, CypherType.BOOLEAN));
            }
            case "left", "right" -> {
                arity(call, 2);
                requireType(args.get(0), CypherType.STRING, call);
                requireType(args.get(1), CypherType.INTEGER, call);
                return nullSafe(args, new ScalarCall(name, args, CypherType.STRING));
            }
            case "replace" -> {
                arity(call, 3);
                for (Expr arg : args) {
                    requireType(arg, CypherType.STRING, call);
                }
                return nullSafe(args, new ScalarCall(name, args, CypherType.STRING));
            }
            case "split" -> {
                arity(call, 2);
                requireType(args.get(0), CypherType.STRING, call);
                requireType(args.get(1), CypherType.STRING, call);
                if (!(args.get(1) instanceof Literal)) {
                    throw new UnsupportedFeature("split() with a delimiter computed per row", call.span());
                }
                return nullSafe(args, new ScalarCall(name, args, CypherType.listOf(CypherType.STRING)));
            }
            case "keys" -> {
                arity(call, 1);
                Expr arg = args.get(0);
                if (arg.type() instanceof CypherType.MapOf map) {
                    return new Literal(new java.util.ArrayList<Object>(map.fields().keySet()),
                            CypherType.listOf(CypherType.STRING));
                }
                if (!arg.type().isEntity() || !(arg instanceof org.quiver.planner.expr.VariableRef)) {
                    if (arg.type() == CypherType.NULL) {
                        return Literal.ofNull();
                    }
                    throw new UnsupportedFeature("keys() of a " + arg.type().displayName() + " value", call.span());
                }
                return new ScalarCall(name, args, CypherType.listOf(CypherType.STRING));
            }
            case "range" -> {
                if (args.size() < 2 || args.size() > 3) {
                    throw new SyntaxError("InvalidNumberOfArguments", "range() takes 2 or 3 arguments", call.span());
                }
                for (Expr arg : args) {
                    if (arg.type() != CypherType.INTEGER && arg.type() != CypherType.NULL) {
                        // Neo4j reports a wrong argument type for range() when it runs.
                        return new ScalarCall("argument_error", List.of(new Literal("InvalidArgumentType", CypherType.STRING),
                                new Literal("range() needs Integer arguments, not " + arg.type().displayName(),
                                        CypherType.STRING)), CypherType.listOf(CypherType.INTEGER));
                    }
                }
                return nullSafe(args, new ScalarCall(name, args, CypherType.listOf(CypherType.INTEGER)));
            }
            case "head", "last" -> {
                arity(call, 1);
                CypherType element = listElement(args.get(0), call);
                return nullSafe(args, new ScalarCall(name, args, element));
            }
            case "tail" -> {
                arity(call, 1);
                listElement(args.get(0), call);
                return nullSafe(args, new ScalarCall(name, args, args.get(0).type()));
            }
            case "reverse" -> {
                arity(call, 1);
                CypherType t = args.get(0).type();
                if (t != CypherType.STRING && t != CypherType.NULL) {
                    listElement(args.get(0), call);
                }
                return nullSafe(args, new ScalarCall(name, args, t));
            }
            default -> throw unknownOrUnsupported(call);
        }
    }

    /**
     * Arguments of a function whose result is a float (or a sign) either way: a Number (an integer or
     * a float, known at run time) is taken as the float of the same value.
     */
    private static List<Expr> asFloats(List<Expr> args) {
        return args.stream().map(a -> a.type() == CypherType.NUMBER
                ? MixedValues.call("tofloat", List.of(a), CypherType.FLOAT) : a).toList();
    }

    /** {@code abs(x)} of a Number keeps its type: an integer stays one. */
    private static Expr numberAbs(Expr x) {
        Literal zero = Literal.of(0L);
        return new org.quiver.planner.expr.CaseWhen(List.of(MixedValues.call("less_than", List.of(x, zero),
                CypherType.BOOLEAN)), List.of(MixedValues.call("subtract", List.of(zero, x), CypherType.ANY)), x,
                CypherType.NUMBER);
    }

    /** The element type of a list argument (Null for an empty literal list). */
    private static CypherType listElement(Expr arg, FunctionCall call) {
        CypherType t = arg.type();
        if (t == CypherType.NULL) {
            return CypherType.NULL;
        }
        if (!(t instanceof CypherType.ListOf list)) {
            throw mismatch("List", t, call);
        }
        if (list.element().isMixed()) {
            if (arg instanceof Literal l && l.value() instanceof List<?> values && values.isEmpty()) {
                return CypherType.NULL;
            }
            return MixedValues.normalize(list.element());
        }
        return list.element();
    }

    private Expr entityFunction(String name, Expr arg, CypherType result, FunctionCall call) {
        CypherType t = arg.type();
        if (!(t.isEntity() || t == CypherType.NULL)) {
            throw mismatch("Node or Relationship", t, call);
        }
        return nullSafe(List.of(arg), new ScalarCall(name, List.of(arg), result));
    }

    /** A function of a constant null argument is null; binding it as a literal keeps the backend free of untyped nulls. */
    private static Expr nullSafe(List<Expr> args, ScalarCall call) {
        for (Expr arg : args) {
            if (arg.type() == CypherType.NULL) {
                return Literal.ofNull();
            }
        }
        return call;
    }

    /** Whether {@code name} (lower case, no namespace) names an aggregating function. */
    static boolean isAggregate(String name) {
        return aggregateFunction(name).isPresent() || name.equals("stdev") || name.equals("stdevp");
    }

    private static Optional<AggregateCall.Function> aggregateFunction(String name) {
        return switch (name) {
            case "count" -> Optional.of(AggregateCall.Function.COUNT);
            case "sum" -> Optional.of(AggregateCall.Function.SUM);
            case "min" -> Optional.of(AggregateCall.Function.MIN);
            case "max" -> Optional.of(AggregateCall.Function.MAX);
            case "avg" -> Optional.of(AggregateCall.Function.AVG);
            case "collect" -> Optional.of(AggregateCall.Function.COLLECT);
            case "percentiledisc" -> Optional.of(AggregateCall.Function.PERCENTILE_DISC);
            case "percentilecont" -> Optional.of(AggregateCall.Function.PERCENTILE_CONT);
            default -> Optional.empty();
        };
    }

    private static RuntimeException unknownOrUnsupported(FunctionCall call) {
        String name = call.qualifiedName().toLowerCase(Locale.ROOT);
        String root = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
        if (KNOWN_NOT_YET.contains(name) || KNOWN_NOT_YET.contains(root)) {
            return new UnsupportedFeature("The function " + call.qualifiedName() + "()", call.span());
        }
        return new SyntaxError("UnknownFunction", "Unknown function '" + call.qualifiedName() + "'", call.span());
    }

    private static void arity(FunctionCall call, int n) {
        if (call.arguments().size() != n) {
            throw new SyntaxError("InvalidNumberOfArguments", call.name() + "() takes " + n + " argument"
                    + (n == 1 ? "" : "s") + " but was given " + call.arguments().size(), call.span());
        }
    }

    private static void requireNumeric(CypherType t, FunctionCall call) {
        if (!t.isNumeric() && t != CypherType.NULL && t != CypherType.ANY) {
            throw mismatch("Integer or Float", t, call);
        }
    }

    private static void requireType(Expr arg, CypherType expected, FunctionCall call) {
        CypherType t = arg.type();
        if (t != expected && t != CypherType.NULL) {
            if (t == CypherType.ANY) {
                throw new UnsupportedFeature(call.name() + "() of a value whose type is only known at run time",
                        call.span());
            }
            throw mismatch(expected.displayName(), t, call);
        }
    }

    private static SyntaxError mismatch(String expected, CypherType actual, FunctionCall call) {
        return new SyntaxError("InvalidArgumentType", "Type mismatch: " + call.name() + "() expected " + expected
                + " but was " + actual.displayName(), call.span());
    }

}
