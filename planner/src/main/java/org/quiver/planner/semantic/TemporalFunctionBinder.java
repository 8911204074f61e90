package org.quiver.planner.semantic;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.quiver.parser.ast.FunctionCall;
import org.quiver.parser.error.SyntaxError;
import org.quiver.planner.expr.Expr;
import org.quiver.planner.expr.Literal;
import org.quiver.planner.expr.ScalarCall;
import org.quiver.planner.types.CypherType;

/**
 * The temporal functions: {@code date()}, {@code localtime()}, {@code time()}, {@code localdatetime()},
 * {@code datetime()}, {@code duration()} and their namespaced variants ({@code date.truncate},
 * {@code duration.between}, …). Each binds to a {@link ScalarCall} named {@code temporal.<name>}
 * (lower case) that the backend runs; the name keeps the namespace, e.g. {@code temporal.date.truncate}.
 */
final class TemporalFunctionBinder {
    static final String PREFIX = "temporal.";

    private static final Map<String, CypherType> CONSTRUCTORS = Map.of(
            "date", CypherType.DATE, "localtime", CypherType.LOCAL_TIME, "time", CypherType.TIME,
            "localdatetime", CypherType.LOCAL_DATETIME, "datetime", CypherType.DATETIME,
            "duration", CypherType.DURATION);

    private TemporalFunctionBinder() {
    }

    static boolean handles(FunctionCall call) {
        String root = (call.namespace().isEmpty() ? call.name() : call.namespace()).toLowerCase(Locale.ROOT);
        return CONSTRUCTORS.containsKey(root);
    }

    static Expr bind(FunctionCall call, List<Expr> args) {
        String namespace = call.namespace().toLowerCase(Locale.ROOT);
        String name = call.name().toLowerCase(Locale.ROOT);
        if (namespace.isEmpty()) {
            arity(call, args, 0, 1);
            CypherType type = CONSTRUCTORS.get(name);
            if (!args.isEmpty()) {
                CypherType t = args.get(0).type();
                if (t == CypherType.NULL) {
                    return Literal.ofNull();
                }
                if (!(t == CypherType.STRING || t.isMap() || t.isTemporal() || t == CypherType.ANY)) {
                    throw mismatch(call, "String, Map or a temporal value", t);
                }
            }
            return new ScalarCall(PREFIX + name, args, type);
        }
        CypherType type = CONSTRUCTORS.get(namespace);
        String function = PREFIX + namespace + "." + name;
        switch (name) {
            case "realtime", "statement", "transaction" -> {
                if (namespace.equals("duration")) {
                    throw unknown(call);
                }
                arity(call, args, 0, 1);
                return new ScalarCall(function, args, type);
            }
            case "truncate" -> {
                if (namespace.equals("duration")) {
                    throw unknown(call);
                }
                arity(call, args, 1, 3);
                return nullSafe(new ScalarCall(function, args, type), args.subList(0, Math.min(2, args.size())));
            }
            case "fromepoch", "fromepochmillis" -> {
                if (!namespace.equals("datetime")) {
                    throw unknown(call);
                }
                arity(call, args, name.equals("fromepoch") ? 2 : 1, name.equals("fromepoch") ? 2 : 1);
                return nullSafe(new ScalarCall(function, args, type), args);
            }
            case "between", "inmonths", "indays", "inseconds" -> {
                if (!namespace.equals("duration")) {
                    throw unknown(call);
                }
                arity(call, args, 2, 2);
                for (Expr arg : args) {
                    CypherType t = arg.type();
                    if (!(t.isInstantType() || t == CypherType.NULL || t == CypherType.ANY)) {
                        throw mismatch(call, "a temporal instant", t);
                    }
                }
                return nullSafe(new ScalarCall(function, args, CypherType.DURATION), args);
            }
            default -> throw unknown(call);
        }
    }

    /** {@code value.key} of a temporal value: the field's type, or empty when the type has no such field. */
    static Optional<CypherType> accessorType(CypherType subject, String key) {
        String k = key.toLowerCase(Locale.ROOT);
        if (subject == CypherType.DURATION) {
            return switch (k) {
                case "years", "quarters", "months", "weeks", "days", "hours", "minutes", "seconds", "milliseconds",
                        "microseconds", "nanoseconds", "quartersofyear", "monthsofquarter", "monthsofyear",
                        "daysofweek", "minutesofhour", "secondsofminute", "millisecondsofsecond",
                        "microsecondsofsecond", "nanosecondsofsecond" -> Optional.of(CypherType.INTEGER);
                default -> Optional.empty();
            };
        }
        boolean hasDate = subject == CypherType.DATE || subject == CypherType.LOCAL_DATETIME
                || subject == CypherType.DATETIME;
        boolean hasTime = subject != CypherType.DATE;
        boolean hasZone = subject == CypherType.TIME || subject == CypherType.DATETIME;
        return switch (k) {
            case "year", "quarter", "month", "week", "weekyear", "day", "ordinalday", "weekday", "dayofweek",
                    "dayofquarter", "quarterday" -> hasDate ? Optional.of(CypherType.INTEGER) : Optional.empty();
            case "hour", "minute", "second", "millisecond", "microsecond", "nanosecond" ->
                    hasTime ? Optional.of(CypherType.INTEGER) : Optional.empty();
            case "timezone", "offset" -> hasZone ? Optional.of(CypherType.STRING) : Optional.empty();
            case "offsetminutes", "offsetseconds" -> hasZone ? Optional.of(CypherType.INTEGER) : Optional.empty();
            case "epochseconds", "epochmillis" -> subject == CypherType.DATETIME
                    ? Optional.of(CypherType.INTEGER) : Optional.empty();
            default -> Optional.empty();
        };
    }

    /** {@code value.key} of a temporal value, run by the backend as {@code temporal.field(value, key)}. */
    static Expr accessor(Expr subject, String key, CypherType type) {
        return new ScalarCall(PREFIX + "field", List.of(subject, new Literal(key, CypherType.STRING)), type);
    }

    private static Expr nullSafe(ScalarCall call, List<Expr> args) {
        for (Expr arg : args) {
            if (arg.type() == CypherType.NULL) {
                return Literal.ofNull();
            }
        }
        return call;
    }

    private static void arity(FunctionCall call, List<Expr> args, int min, int max) {
        if (args.size() < min || args.size() > max) {
            throw new SyntaxError("InvalidNumberOfArguments", call.qualifiedName() + "() takes "
                    + (min == max ? String.valueOf(min) : min + " to " + max) + " arguments but was given "
                    + args.size(), call.span());
        }
    }

    private static SyntaxError mismatch(FunctionCall call, String expected, CypherType actual) {
        return new SyntaxError("InvalidArgumentType", "Type mismatch: " + call.qualifiedName() + "() expected "
                + expected + " but was " + actual.displayName(), call.span());
    }

    private static SyntaxError unknown(FunctionCall call) {
        return new SyntaxError("UnknownFunction", "Unknown function '" + call.qualifiedName() + "'", call.span());
    }
}
