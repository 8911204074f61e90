package org.quiver.anyvalue;

import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;

/**
 * {@code sum} and {@code avg} over values of static type Number: integers and floats in one variant
 * column (a property whose values are integers in some tables and floats in others). Built from
 * Spark's own aggregates, so no UDF runs per row.
 */
public final class NumberAggregates {
    private NumberAggregates() {
    }

    /** The sum: an integer while every value is one, else a float; 0 over no values. */
    public static Column sum(Column number) {
        Column integer = isInteger(number);
        Column integers = functions.sum(when(integer, functions.variant_get(number, "$", "bigint")));
        Column floats = functions.sum(when(number.isNotNull().and(functions.not(integer)),
                functions.variant_get(number, "$", "double")));
        Column integerSum = functions.coalesce(integers, lit(0L));
        return when(floats.isNull(), integerSum.cast(DataTypes.VariantType))
                .otherwise(integerSum.cast(DataTypes.DoubleType).plus(floats).cast(DataTypes.VariantType));
    }

    /** The mean, a float; null over no values. */
    public static Column avg(Column number) {
        return functions.avg(functions.variant_get(number, "$", "double"));
    }

    private static Column isInteger(Column number) {
        return functions.schema_of_variant(number).isin("TINYINT", "SMALLINT", "INT", "BIGINT");
    }
}
