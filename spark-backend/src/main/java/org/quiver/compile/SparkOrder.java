package org.quiver.compile;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.quiver.anyvalue.AnyOperations;
import org.quiver.planner.expr.NamedExpr;
import org.quiver.planner.relational.GroupBy;
import org.quiver.planner.types.CypherType;

/**
 * Sorting, DISTINCT and grouping of values Spark cannot order or group itself (variants, and
 * lists, maps and entities whose Spark order is not Cypher's): by their order key
 * ({@link org.quiver.anyvalue.OrderKey}), a binary column, next to the values.
 */
final class SparkOrder {
    private SparkOrder() {
    }

    /** Whether Spark's order on the column of a value of this type is Cypher's ORDER BY order. */
    static boolean sortsNatively(CypherType type) {
        return (type.isNumeric() && type != CypherType.NUMBER) || type == CypherType.STRING
                || type == CypherType.BOOLEAN || type == CypherType.NULL || type.isTemporal();
    }

    static boolean groupsNatively(GroupBy group) {
        return group.keys().stream().noneMatch(k -> k.expr().type().isMixed());
    }

    /** DISTINCT rows, with the columns that hold variants compared by their order keys. */
    static Dataset<Row> distinct(Dataset<Row> input) {
        List<String> keys = new ArrayList<>();
        List<String> added = new ArrayList<>();
        Dataset<Row> keyed = input;
        for (StructField field : input.schema().fields()) {
            if (!holdsVariant(field.dataType())) {
                keys.add(field.name());
                continue;
            }
            String key = field.name() + "~key";
            Column value = input.col(ColumnNames.quoted(field.name()));
            Column variant = field.dataType() == DataTypes.VariantType ? value : functions.to_variant_object(value);
            keyed = keyed.withColumn(key, AnyOperations.orderKey(variant, CypherType.ANY));
            keys.add(key);
            added.add(key);
        }
        if (added.isEmpty()) {
            return input.distinct();
        }
        return keyed.dropDuplicates(keys.toArray(String[]::new)).drop(added.toArray(String[]::new));
    }

    /** Grouping on keys of which some hold values of mixed types: grouped by their order keys. */
    static Dataset<Row> groupBy(Dataset<Row> input, GroupBy group) {
        List<Column> groupColumns = new ArrayList<>();
        List<Column> aggregates = new ArrayList<>();
        List<Column> output = new ArrayList<>();
        for (NamedExpr key : group.keys()) {
            Column value = ExpressionCompiler.compile(key.expr());
            if (key.expr().type().isMixed()) {
                groupColumns.add(AnyOperations.orderKey(value, key.expr().type()).as(key.name() + "~key"));
                aggregates.add(functions.first(value).as(key.name()));
            } else {
                groupColumns.add(value.as(key.name()));
            }
            output.add(functions.col(ColumnNames.quoted(key.name())));
        }
        for (NamedExpr aggregate : group.aggregates()) {
            aggregates.add(ExpressionCompiler.compile(aggregate.expr()).as(aggregate.name()));
            output.add(functions.col(ColumnNames.quoted(aggregate.name())));
        }
        Column first = aggregates.get(0);
        Column[] rest = aggregates.subList(1, aggregates.size()).toArray(Column[]::new);
        return input.groupBy(groupColumns.toArray(Column[]::new)).agg(first, rest).select(output.toArray(Column[]::new));
    }

    private static boolean holdsVariant(DataType type) {
        if (type == DataTypes.VariantType) {
            return true;
        }
        if (type instanceof ArrayType array) {
            return holdsVariant(array.elementType());
        }
        if (type instanceof MapType map) {
            return holdsVariant(map.valueType());
        }
        if (type instanceof StructType struct) {
            for (StructField field : struct.fields()) {
                if (holdsVariant(field.dataType())) {
                    return true;
                }
            }
        }
        return false;
    }
}
