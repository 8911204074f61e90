package org.quiver.mapping;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.quiver.parser.ddl.ast.Name;
import org.quiver.parser.error.SemanticError;

/**
 * The columns of one mapped table, looked up as SQL does: a name written exactly as the column is
 * found first, otherwise the one column that differs only in case (Hive stores names in lower case).
 */
final class TableColumns {
    private final String table;
    private final StructType schema;

    TableColumns(String table, StructType schema) {
        this.table = table;
        this.schema = schema;
    }

    StructField resolve(Name column) {
        for (StructField field : schema.fields()) {
            if (field.name().equals(column.value())) {
                return field;
            }
        }
        List<StructField> folded = new ArrayList<>();
        for (StructField field : schema.fields()) {
            if (field.name().equalsIgnoreCase(column.value())) {
                folded.add(field);
            }
        }
        if (folded.size() == 1) {
            return folded.get(0);
        }
        throw new SemanticError("UnknownColumn", "Table " + table + " has no column `" + column.value()
                + "`; its columns are " + String.join(", ", Arrays.asList(schema.fieldNames())), column.span());
    }
}
