package org.quiver.compile;

import static org.apache.spark.sql.functions.lit;

import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.quiver.planner.expr.ScalarCall;
import org.quiver.planner.types.CypherType;

/** Cypher's scalar functions on Spark columns. */
final class ScalarFunctions {
    private ScalarFunctions() {
    }

    /** Cypher's logarithms follow Java: -Infinity at 0, NaN below; Spark gives null for both. */
    private static Column logarithm(Column x, Column spark) {
        return functions.when(x.equalTo(lit(0)), lit(Double.NEGATIVE_INFINITY))
                .when(x.lt(lit(0)), lit(Double.NaN)).otherwise(spark);
    }

    /**
     * The most elements one {@code range()} may make: a list is one value of one row, held whole in
     * a task's memory, so a larger one would end in an out-of-memory error instead of an answer.
     */
    static final long MAX_RANGE = 10_000_000L;

    /** Cypher's range is empty when the step points away from the end; Spark's sequence would count back. */
    private static Column range(List<Column> args) {
        Column start = args.get(0);
        Column end = args.get(1);
        Column step = args.size() == 3 ? args.get(2) : lit(1L);
        DataType longs = DataTypes.createArrayType(DataTypes.LongType);
        Column empty = functions.array().cast(longs);
        // In doubles, so that the count of a range over the whole long domain cannot overflow.
        Column count = end.cast(DataTypes.DoubleType).minus(start.cast(DataTypes.DoubleType))
                .divide(step.cast(DataTypes.DoubleType));
        // Spark folds a sequence over literals at planning time, before the guard above can fail:
        // past the limit it is given a one-element range, which the guard then never returns.
        Column safeEnd = functions.when(count.geq(lit((double) MAX_RANGE)), start).otherwise(end);
        return functions.when(step.equalTo(lit(0L)),
                        RuntimeErrors.argumentError("NumberOutOfRange", "range() needs a step other than 0").cast(longs))
                .when(step.gt(lit(0)).and(start.gt(end)), empty)
                .when(step.lt(lit(0)).and(start.lt(end)), empty)
                .when(count.geq(lit((double) MAX_RANGE)), RuntimeErrors.limitExceeded("ListTooLarge",
                        "range() would make a list of more than " + MAX_RANGE + " elements, which Quiver holds"
                                + " in one row; UNWIND a smaller range or several").cast(longs))
                .otherwise(functions.sequence(start, safeEnd, step));
    }

    static Column compile(ScalarCall call, List<Column> args) {
        if (call.function().startsWith("temporal.")) {
            return org.quiver.temporal.TemporalUdfs.call(call.function().substring("temporal.".length()), call.type(),
                    args);
        }
        Column x = args.isEmpty() ? null : args.get(0);
        CypherType argType = call.arguments().isEmpty() ? CypherType.NULL : call.arguments().get(0).type();
        return switch (call.function()) {
            case "tolower" -> functions.lower(x);
            case "toupper" -> functions.upper(x);
            // Cypher trims whitespace, not only spaces.
            case "trim" -> functions.regexp_replace(x, "^\\s+|\\s+$", "");
            case "ltrim" -> functions.regexp_replace(x, "^\\s+", "");
            case "rtrim" -> functions.regexp_replace(x, "\\s+$", "");
            case "nodes" -> x.getField("nodes");
            case "relationships" -> x.getField("relationships");
            case "length" -> functions.size(x.getField("relationships")).cast(DataTypes.LongType);
            case "size" -> argType == CypherType.STRING ? functions.length(x).cast(DataTypes.LongType)
                    : functions.size(x).cast(DataTypes.LongType);
            case "abs" -> functions.abs(x);
            case "tostring" -> x.cast(DataTypes.StringType);
            case "tointeger" -> argType == CypherType.STRING
                    ? functions.coalesce(x.try_cast(DataTypes.LongType),
                            x.try_cast(DataTypes.DoubleType).try_cast(DataTypes.LongType))
                    : x.cast(DataTypes.LongType);
            case "tofloat" -> argType == CypherType.STRING ? x.try_cast(DataTypes.DoubleType) : x.cast(DataTypes.DoubleType);
            case "coalesce" -> functions.coalesce(args.toArray(Column[]::new));
            case "substring" -> args.size() == 3
                    ? x.substr(args.get(1).plus(lit(1)), args.get(2))
                    : x.substr(args.get(1).plus(lit(1)), functions.length(x));
            case "range" -> range(args);
            case "argument_error" -> RuntimeErrors.argumentError(
                    (String) ((org.quiver.planner.expr.Literal) call.arguments().get(0)).value(),
                    (String) ((org.quiver.planner.expr.Literal) call.arguments().get(1)).value())
                    .cast(org.quiver.graph.SparkTypes.of(call.type()));
            case "entity_not_found" -> RuntimeErrors.entityNotFound(
                    (String) ((org.quiver.planner.expr.Literal) call.arguments().get(0)).value(),
                    (String) ((org.quiver.planner.expr.Literal) call.arguments().get(1)).value())
                    .cast(org.quiver.graph.SparkTypes.of(call.type()));
            case "sqrt" -> functions.sqrt(x);
            case "exp" -> functions.exp(x);
            case "log" -> logarithm(x, functions.log(x));
            case "log10" -> logarithm(x, functions.log10(x));
            case "sin" -> functions.sin(x);
            case "cos" -> functions.cos(x);
            case "tan" -> functions.tan(x);
            case "asin" -> functions.asin(x);
            case "acos" -> functions.acos(x);
            case "atan" -> functions.atan(x);
            case "atan2" -> functions.atan2(x, args.get(1));
            case "degrees" -> functions.degrees(x);
            case "radians" -> functions.radians(x);
            case "ceil" -> functions.ceil(x).cast(DataTypes.DoubleType);
            case "floor" -> functions.floor(x).cast(DataTypes.DoubleType);
            // Cypher rounds half up towards positive infinity (round(-2.5) = -2.0); Spark's round goes away from zero.
            case "round" -> functions.floor(x.cast(DataTypes.DoubleType).plus(lit(0.5))).cast(DataTypes.DoubleType);
            case "sign" -> functions.signum(x).cast(DataTypes.LongType);
            case "rand" -> functions.rand();
            case "pi" -> lit(Math.PI);
            case "e" -> lit(Math.E);
            case "toboolean" -> argType == CypherType.BOOLEAN ? x
                    : functions.when(functions.lower(x).equalTo(lit("true")), lit(true))
                            .when(functions.lower(x).equalTo(lit("false")), lit(false));
            case "left" -> x.substr(lit(1), args.get(1));
            case "right" -> functions.when(args.get(1).geq(functions.length(x)), x)
                    .otherwise(x.substr(functions.length(x).minus(args.get(1)).plus(lit(1)), args.get(1)));
            case "replace" -> functions.replace(x, args.get(1), args.get(2));
            case "split" -> functions.split(x, java.util.regex.Pattern.quote(
                    String.valueOf(((org.quiver.planner.expr.Literal) call.arguments().get(1)).value())), -1);
            case "head" -> functions.when(functions.size(x).gt(lit(0)), functions.element_at(x, 1));
            case "last" -> functions.when(functions.size(x).gt(lit(0)), functions.element_at(x, -1));
            case "tail" -> functions.when(functions.size(x).gt(lit(0)),
                    functions.slice(x, lit(2), functions.greatest(functions.size(x).minus(lit(1)), lit(0))))
                    .otherwise(x);
            case "reverse" -> functions.reverse(x);
            default -> throw new IllegalStateException("the Spark backend has no function " + call.function());
        };
    }
}
