package org.quiver.graph;

import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.quiver.planner.types.CypherType;

/** The Spark type that holds values of a statically known Cypher type. */
public final class SparkTypes {
    private SparkTypes() {
    }

    public static DataType of(CypherType type) {
        if (type instanceof CypherType.ListOf list) {
            return DataTypes.createArrayType(of(list.element()), true);
        }
        if (type instanceof CypherType.MapOf map) {
            org.apache.spark.sql.types.StructType struct = new org.apache.spark.sql.types.StructType();
            for (var field : map.fields().entrySet()) {
                struct = struct.add(field.getKey(), of(field.getValue()), true);
            }
            return struct;
        }
        if (type.isTemporal()) {
            return org.quiver.temporal.TemporalRows.sparkType(type);
        }
        return switch ((CypherType.Basic) type) {
            case INTEGER -> DataTypes.LongType;
            case FLOAT -> DataTypes.DoubleType;
            case STRING -> DataTypes.StringType;
            case BOOLEAN -> DataTypes.BooleanType;
            case NULL -> DataTypes.NullType;
            case ANY, NUMBER -> DataTypes.VariantType;
            default -> throw new IllegalArgumentException("no plain Spark column type for " + type.displayName());
        };
    }
}
