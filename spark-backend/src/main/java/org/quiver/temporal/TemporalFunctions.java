package org.quiver.temporal;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Map;
import org.quiver.anyvalue.ValueFunctions;
import org.quiver.api.CypherDuration;
import org.quiver.parser.error.TypeError;
import org.quiver.planner.types.CypherType;

/**
 * The temporal functions on Java values (java.time types and {@link CypherDuration}), by the name
 * the planner gives them after {@code temporal.}: {@code date}, {@code datetime.truncate},
 * {@code duration.between}, {@code field}, {@code add}, …. A null argument gives null.
 *
 * <p>The argument-less constructors and {@code realtime}, {@code statement} and {@code transaction}
 * all give the query's instant (Spark's {@code current_timestamp()}, so microseconds): Quiver
 * has no transactions, and one instant per query keeps {@code date() = date()} true. The zone is
 * UTC unless one is given.
 */
public final class TemporalFunctions {
    private TemporalFunctions() {
    }

    public static Object apply(String function, CypherType resultType, Object[] args) {
        return apply(function, resultType, args, Instant.now());
    }

    /** {@code clock} is the instant the functions that read the clock see. */
    public static Object apply(String function, CypherType resultType, Object[] args, Instant clock) {
        for (Object arg : args) {
            if (arg == null) {
                return null;
            }
        }
        try {
            return dispatch(function, resultType, args, clock);
        } catch (DateTimeException | ArithmeticException e) {
            throw TemporalValues.invalid(e.getMessage());
        } catch (ClassCastException e) {
            // An argument whose type is known only at run time (a mixed-type value) was of the wrong kind.
            throw new TypeError("InvalidArgumentType", "Type mismatch: " + function
                    + " got an argument of the wrong type (" + argumentTypes(args) + ")", null);
        }
    }

    private static String argumentTypes(Object[] args) {
        StringBuilder out = new StringBuilder();
        for (Object arg : args) {
            out.append(out.isEmpty() ? "" : ", ").append(ValueFunctions.typeName(arg));
        }
        return out.toString();
    }

    @SuppressWarnings("unchecked")
    private static Object dispatch(String function, CypherType type, Object[] args, Instant clock) {
        int dot = function.indexOf('.');
        String name = dot < 0 ? function : function.substring(dot + 1);
        if (dot >= 0) {
            return switch (name) {
                case "realtime", "statement", "transaction" -> now(type, clock, args.length == 0 ? ZoneOffset.UTC
                        : TemporalValues.zone((String) args[0]));
                case "truncate" -> TemporalTruncation.truncate(type, (String) args[0], args[1],
                        args.length > 2 ? (Map<String, Object>) args[2] : null);
                case "fromepoch" -> ZonedDateTime.ofInstant(Instant.ofEpochSecond(number(args[0]), number(args[1])),
                        ZoneOffset.UTC);
                case "fromepochmillis" -> ZonedDateTime.ofInstant(Instant.ofEpochMilli(number(args[0])), ZoneOffset.UTC);
                case "between" -> DurationArithmetic.between(args[0], args[1], DurationArithmetic.Between.ALL);
                case "inmonths" -> DurationArithmetic.between(args[0], args[1], DurationArithmetic.Between.MONTHS);
                case "indays" -> DurationArithmetic.between(args[0], args[1], DurationArithmetic.Between.DAYS);
                case "inseconds" -> DurationArithmetic.between(args[0], args[1], DurationArithmetic.Between.SECONDS);
                default -> throw new IllegalStateException("no temporal function " + function);
            };
        }
        return switch (name) {
            case "date", "localtime", "time", "localdatetime", "datetime", "duration" ->
                    args.length == 0 ? now(type, clock, ZoneOffset.UTC) : construct(type, args[0]);
            case "field" -> TemporalFields.get(args[0], (String) args[1]);
            case "tostring" -> TemporalText.of(args[0]);
            case "add" -> args[0] instanceof CypherDuration d && args[1] instanceof CypherDuration e
                    ? DurationArithmetic.plus(d, e) : DurationArithmetic.plus(args[0], (CypherDuration) args[1]);
            case "subtract" -> args[0] instanceof CypherDuration d
                    ? DurationArithmetic.plus(d, DurationArithmetic.negate((CypherDuration) args[1]))
                    : DurationArithmetic.plus(args[0], DurationArithmetic.negate((CypherDuration) args[1]));
            case "multiply" -> DurationBuilder.scale((CypherDuration) args[0], DurationBuilder.number(args[1], "factor"));
            case "divide" -> DurationBuilder.divide((CypherDuration) args[0], DurationBuilder.number(args[1], "divisor"));
            default -> throw new IllegalStateException("no temporal function " + function);
        };
    }

    @SuppressWarnings("unchecked")
    private static Object construct(CypherType type, Object arg) {
        if (arg instanceof String text) {
            if (type == CypherType.DATE) {
                return TemporalStrings.date(text);
            } else if (type == CypherType.LOCAL_TIME) {
                return TemporalStrings.localTime(text);
            } else if (type == CypherType.TIME) {
                return TemporalStrings.time(text);
            } else if (type == CypherType.LOCAL_DATETIME) {
                return TemporalStrings.localDateTime(text);
            } else if (type == CypherType.DATETIME) {
                return TemporalStrings.dateTime(text);
            }
            return TemporalStrings.duration(text);
        }
        if (arg instanceof Map<?, ?> map) {
            return type == CypherType.DURATION ? TemporalMaps.duration((Map<String, Object>) map)
                    : TemporalMaps.construct(type, (Map<String, Object>) map);
        }
        if (type == CypherType.DURATION) {
            throw TemporalValues.invalid("A duration is made from a map or a string, not " + arg);
        }
        String key = type == CypherType.DATE ? "date"
                : type == CypherType.LOCAL_TIME || type == CypherType.TIME ? "time" : "datetime";
        if (type == CypherType.DATE && TemporalValues.dateOf(arg) == null
                || key.equals("time") && TemporalValues.timeOf(arg) == null) {
            throw TemporalValues.invalid("Cannot make a " + type.displayName() + " from " + arg);
        }
        return TemporalMaps.construct(type, Map.of(key, arg));
    }

    private static Object now(CypherType type, Instant clock, ZoneId zone) {
        ZonedDateTime now = ZonedDateTime.ofInstant(clock, zone);
        if (type == CypherType.DATE) {
            return now.toLocalDate();
        } else if (type == CypherType.LOCAL_TIME) {
            return now.toLocalTime();
        } else if (type == CypherType.TIME) {
            return OffsetTime.of(now.toLocalTime(), now.getOffset());
        } else if (type == CypherType.LOCAL_DATETIME) {
            return now.toLocalDateTime();
        } else if (type == CypherType.DATETIME) {
            return now;
        }
        throw TemporalValues.invalid("duration() needs an argument");
    }

    private static long number(Object value) {
        if (value instanceof Number n) {
            return n.longValue();
        }
        throw TemporalValues.invalid("Expected a number, not " + value);
    }
}
