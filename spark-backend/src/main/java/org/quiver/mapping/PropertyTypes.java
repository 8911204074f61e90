package org.quiver.mapping;

import java.util.Optional;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.BooleanType;
import org.apache.spark.sql.types.ByteType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.DoubleType;
import org.apache.spark.sql.types.FloatType;
import org.apache.spark.sql.types.IntegerType;
import org.apache.spark.sql.types.LongType;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.NullType;
import org.apache.spark.sql.types.ShortType;
import org.apache.spark.sql.types.StringType;
import org.apache.spark.sql.types.StructType;
import org.quiver.planner.types.CypherType;

/**
 * Which Cypher property type holds the values of a Spark column. Integral columns become Integer,
 * floating-point columns Float; a decimal without fraction digits that fits 18 digits is an
 * Integer, any other decimal a Float (so it may lose digits). Dates, timestamps, binary, maps
 * and structs have no property type yet.
 */
final class PropertyTypes {
    private PropertyTypes() {
    }

    static Optional<CypherType> of(DataType type) {
        if (type instanceof ByteType || type instanceof ShortType || type instanceof IntegerType
                || type instanceof LongType) {
            return Optional.of(CypherType.INTEGER);
        }
        if (type instanceof DecimalType decimal) {
            return Optional.of(decimal.scale() == 0 && decimal.precision() <= 18 ? CypherType.INTEGER : CypherType.FLOAT);
        }
        if (type instanceof FloatType || type instanceof DoubleType) {
            return Optional.of(CypherType.FLOAT);
        }
        if (type instanceof StringType) {
            return Optional.of(CypherType.STRING);
        }
        if (type instanceof BooleanType) {
            return Optional.of(CypherType.BOOLEAN);
        }
        if (type instanceof NullType) {
            return Optional.of(CypherType.NULL);
        }
        if (type instanceof ArrayType array && !(array.elementType() instanceof ArrayType)) {
            return of(array.elementType()).filter(e -> e != CypherType.NULL).map(CypherType::listOf);
        }
        return Optional.empty();
    }

    /** Whether Spark can sort by the type: what a row number over the key needs. */
    static boolean orderable(DataType type) {
        if (type instanceof MapType || type.typeName().equals("variant")) {
            return false;
        }
        if (type instanceof ArrayType array) {
            return orderable(array.elementType());
        }
        if (type instanceof StructType struct) {
            for (var field : struct.fields()) {
                if (!orderable(field.dataType())) {
                    return false;
                }
            }
        }
        return true;
    }

    static boolean integral(DataType type) {
        return type instanceof ByteType || type instanceof ShortType || type instanceof IntegerType
                || type instanceof LongType;
    }
}
