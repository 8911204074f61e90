package org.quiver.compile;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.functions;

/**
 * Column references by exact name. Plan column names contain dots and other characters Spark
 * would read as structure, so every reference is quoted; user text never becomes SQL source.
 */
public final class ColumnNames {
    private ColumnNames() {
    }

    public static Column col(String name) {
        return functions.col(quoted(name));
    }

    public static String quoted(String name) {
        return "`" + name.replace("`", "``") + "`";
    }
}
