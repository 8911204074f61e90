package org.quiver.compile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.quiver.planner.types.CypherType;
import org.quiver.temporal.TemporalRows;

/**
 * The Java values an update hands over (as {@code CypherResult} reads them) back in the form a
 * Spark row of the next part's argument columns takes: a map of known keys is a struct in key
 * order, a temporal value its encoded struct, a list its converted elements.
 */
final class ArgumentValues {
    private ArgumentValues() {
    }

    static Object toSpark(Object value, CypherType type) {
        if (value == null) {
            return null;
        }
        if (type instanceof CypherType.MapOf map && value instanceof Map<?, ?> entries) {
            Object[] fields = new Object[map.fields().size()];
            int i = 0;
            for (Map.Entry<String, CypherType> field : map.fields().entrySet()) {
                fields[i++] = toSpark(entries.get(field.getKey()), field.getValue());
            }
            return RowFactory.create(fields);
        }
        if (type instanceof CypherType.ListOf list && value instanceof List<?> elements) {
            List<Object> out = new ArrayList<>();
            elements.forEach(e -> out.add(toSpark(e, list.element())));
            return out;
        }
        return value instanceof Row ? value : TemporalRows.encodeAll(value);
    }
}
