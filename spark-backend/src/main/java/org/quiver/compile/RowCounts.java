package org.quiver.compile;

import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.quiver.parser.error.ParameterMissing;
import org.quiver.planner.expr.Expr;
import org.quiver.planner.expr.Literal;
import org.quiver.planner.expr.ParameterRef;
import org.quiver.planner.expr.RowCount;
import org.quiver.planner.expr.RowCountCheck;
import org.quiver.planner.semantic.ParameterValues;

/**
 * The counts of SKIP and LIMIT as the query runs with its parameters: a count the plan holds as an
 * expression is evaluated once (a one-row Spark job when it is more than a parameter) and checked
 * as a number written in the query is checked while planning.
 */
final class RowCounts {
    private final SparkSession spark;
    private final Map<String, ?> parameters;

    RowCounts(SparkSession spark, Map<String, ?> parameters) {
        this.spark = spark;
        this.parameters = parameters;
    }

    /** The count, at most {@link Integer#MAX_VALUE} (all Spark takes). */
    int evaluate(RowCount count) {
        long value = count.known().orElseGet(() -> RowCountCheck.count(valueOf(count), count.clause(), count.span()));
        return Math.toIntExact(Math.min(value, Integer.MAX_VALUE));
    }

    private Object valueOf(RowCount count) {
        Expr bound = count.value().transformUp(e -> e instanceof ParameterRef p ? parameter(p, count) : e);
        if (bound instanceof Literal literal) {
            return literal.value();
        }
        Row row;
        try {
            row = spark.range(1).select(ExpressionCompiler.compile(bound)).first();
        } catch (RuntimeException e) {
            throw RuntimeErrors.translate(e).map(RuntimeException.class::cast).orElseThrow(() -> e);
        }
        Object value = row.get(0);
        if (value instanceof org.apache.spark.unsafe.types.VariantVal variant) {
            return org.quiver.anyvalue.VariantValues.toJava(variant);
        }
        return value instanceof Integer i ? Long.valueOf(i) : value;
    }

    private Literal parameter(ParameterRef p, RowCount count) {
        if (!parameters.containsKey(p.name())) {
            throw new ParameterMissing("MissingParameter", "Expected parameter $" + p.name() + " to be given",
                    count.span());
        }
        return ParameterValues.literal(parameters.get(p.name()), "$" + p.name(), count.span());
    }
}
