package org.quiver.store;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.NullType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.quiver.graph.SparkTypes;
import org.quiver.parser.error.UnsupportedFeature;
import org.quiver.planner.types.CypherType;

/**
 * The columns of a stored table: the ids under {@link StoredTable#ID} and friends, then each
 * property under its positional column name, in the Spark type of its Cypher type. Converts a
 * graph table to that form and back.
 */
final class StoredColumns {
    private StoredColumns() {
    }

    /**
     * How a property of this type is held in files: in the Spark type of its Cypher type, except that
     * Spark's void type (of a property that is always null, or of the empty list), which Parquet and
     * ORC cannot hold, becomes string.
     */
    static DataType storedType(CypherType type, String key) {
        try {
            return withoutVoid(SparkTypes.of(type));
        } catch (IllegalArgumentException e) {
            throw new UnsupportedFeature("Storing property `" + key + "` of type " + type.displayName(), null);
        }
    }

    private static DataType withoutVoid(DataType type) {
        if (type instanceof NullType) {
            return DataTypes.StringType;
        }
        if (type instanceof ArrayType array) {
            return DataTypes.createArrayType(withoutVoid(array.elementType()), true);
        }
        return type;
    }

    /**
     * A stored column in the exact Spark type of its Cypher type again: void parts (all nulls) come
     * back as void, and the struct fields of temporal values as not nullable, as Quiver's own
     * tables have them (Parquet and ORC read every field back as nullable, and Spark will not cast
     * a nullable field to a non-nullable one).
     */
    static Column restored(Column stored, DataType actual, DataType target) {
        if (actual.equals(target)) {
            return stored;
        }
        if (target instanceof NullType) {
            return functions.lit(null);
        }
        if (target instanceof ArrayType to && actual instanceof ArrayType from) {
            return functions.when(stored.isNull(), functions.lit(null).cast(target)).otherwise(
                    functions.transform(stored, x -> restored(x, from.elementType(), to.elementType())));
        }
        if (target instanceof StructType to && actual instanceof StructType from) {
            List<Column> fields = new ArrayList<>();
            for (StructField field : to.fields()) {
                Column value = restored(stored.getField(field.name()), from.apply(field.name()).dataType(),
                        field.dataType());
                // A non-null default makes coalesce non-nullable; it is never taken, as the value was written non-null.
                fields.add((field.nullable() ? value : functions.coalesce(value, zero(field.dataType()))).as(field.name()));
            }
            return functions.when(stored.isNull(), functions.lit(null).cast(target))
                    .otherwise(functions.struct(fields.toArray(Column[]::new)));
        }
        return stored.cast(target);
    }

    private static Column zero(DataType type) {
        if (type.equals(DataTypes.LongType)) {
            return functions.lit(0L);
        }
        if (type.equals(DataTypes.IntegerType)) {
            return functions.lit(0);
        }
        if (type.equals(DataTypes.StringType)) {
            return functions.lit("");
        }
        throw new IllegalStateException("no non-null default for a temporal field of type " + type.sql());
    }

    /**
     * {@code data}'s id columns (named as in the graph table) and properties, in stored form; a
     * property whose stored type is wider than the table's own ({@code own}), as when tables of one
     * label combination hold values of different types, is widened to it.
     */
    static Dataset<Row> toStored(Dataset<Row> data, java.util.Map<String, CypherType> own,
            List<String> graphIdColumns, List<String> storedIdColumns, List<StoredProperty> properties) {
        List<String> present = List.of(data.columns());
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < graphIdColumns.size(); i++) {
            columns.add(data.col(quoted(graphIdColumns.get(i))).as(storedIdColumns.get(i)));
        }
        for (StoredProperty property : properties) {
            DataType stored = storedType(property.type(), property.key());
            CypherType ownType = own.get(property.key());
            Column value = !present.contains(property.key()) ? functions.lit(null).cast(stored)
                    : ownType != null && property.type().isMixed() && !ownType.isMixed()
                    ? org.quiver.anyvalue.AnyColumns.widened(data.col(quoted(property.key())), ownType, property.type())
                    : data.col(quoted(property.key())).cast(stored);
            columns.add(value.as(property.column()));
        }
        return data.select(columns.toArray(Column[]::new));
    }

    /** The graph table's columns from a stored table's: ids renamed back, each property cast to its type. */
    static Dataset<Row> fromStored(Dataset<Row> stored, List<String> storedIdColumns, List<String> graphIdColumns,
            List<StoredProperty> properties) {
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < storedIdColumns.size(); i++) {
            columns.add(stored.col(storedIdColumns.get(i)).as(graphIdColumns.get(i)));
        }
        for (StoredProperty property : properties) {
            DataType actual = stored.schema().apply(property.column()).dataType();
            columns.add(restored(stored.col(property.column()), actual, SparkTypes.of(property.type()))
                    .as(property.key()));
        }
        return stored.select(columns.toArray(Column[]::new));
    }

    /** The schema a stored table's files must have (nullability aside). */
    static StructType schema(List<String> storedIdColumns, List<StoredProperty> properties) {
        List<StructField> fields = new ArrayList<>();
        storedIdColumns.forEach(id -> fields.add(DataTypes.createStructField(id, DataTypes.LongType, false)));
        properties.forEach(p -> fields.add(
                DataTypes.createStructField(p.column(), storedType(p.type(), p.key()), true)));
        return DataTypes.createStructType(fields);
    }

    static String quoted(String name) {
        return "`" + name.replace("`", "``") + "`";
    }
}
