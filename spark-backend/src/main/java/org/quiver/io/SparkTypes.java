package org.quiver.io;

import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.quiver.planner.types.CypherType;

/** The Spark column type that holds values of a property type loaded from CSV. */
final class SparkTypes {
    private SparkTypes() {
    }

    static DataType of(CypherType type) {
        if (type instanceof CypherType.ListOf list) {
            return DataTypes.createArrayType(of(list.element()), true);
        }
        if (type == CypherType.INTEGER) {
            return DataTypes.LongType;
        }
        if (type == CypherType.FLOAT) {
            return DataTypes.DoubleType;
        }
        if (type == CypherType.STRING) {
            return DataTypes.StringType;
        }
        if (type == CypherType.BOOLEAN) {
            return DataTypes.BooleanType;
        }
        throw new IllegalArgumentException("CSV properties are never of type " + type.displayName());
    }
}
