package org.quiver.compile;

import static org.apache.spark.sql.functions.lit;

import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.quiver.planner.expr.ScalarCall;
import org.quiver.planner.types.CypherType;

/** Cypher's scalar functions on Spark columns. */
final class ScalarFunctions {
    private ScalarFunctions() {
    }

    /** Cypher's range is empty when the step points away from the end; Spark's sequence would count back. */
    private static Column range(List<Column> args) {
        Column start = args.get(0);
        Column end = args.get(1);
        Column step = args.size() == 3 ? args.get(2) : lit(1L);
        Column empty = functions.array().cast(DataTypes.createArrayType(DataTypes.LongType));
        return functions.when(step.equalTo(lit(0L)),
                        RuntimeErrors.argumentError("NumberOutOfRange", "range() needs a step other than 0")
                                .cast(DataTypes.createArrayType(DataTypes.LongType)))
                .when(step.gt(lit(0)).and(start.gt(end)), empty)
                .when(step.lt(lit(0)).and(start.lt(end)), empty)
                .otherwise(functions.sequence(start, end, step));
    }

    static Column compile(ScalarCall call, List<Column> args) {
        Column x = args.isEmpty() ? null : args.get(0);
        CypherType argType = call.arguments().isEmpty() ? CypherType.NULL : call.arguments().get(0).type();
        return switch (call.function()) {
            case "tolower" -> functions.lower(x);
            case "toupper" -> functions.upper(x);
            // Cypher trims whitespace, not only spaces.
            case "trim" -> functions.regexp_replace(x, "^\\s+|\\s+$", "");
            case "ltrim" -> functions.regexp_replace(x, "^\\s+", "");
            case "rtrim" -> functions.regexp_replace(x, "\\s+$", "");
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
