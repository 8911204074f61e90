package org.quiver.compile;

import java.util.List;
import org.quiver.anyvalue.ValueComparison;
import org.quiver.temporal.TemporalRows;

/**
 * Cypher equality of property values, as MERGE matches them: an integer equals the float of the
 * same number, a datetime the same instant in another zone; null equals nothing. A value read
 * from a graph's table may still be a temporal struct; it is compared as the temporal value.
 */
final class PropertyEquality {
    private PropertyEquality() {
    }

    static boolean equal(Object a, Object b) {
        return Boolean.TRUE.equals(ValueComparison.equal(decoded(a), decoded(b)));
    }

    private static Object decoded(Object value) {
        if (TemporalRows.isTemporal(value)) {
            return TemporalRows.decode((org.apache.spark.sql.Row) value);
        }
        if (value instanceof List<?> list) {
            return list.stream().map(PropertyEquality::decoded).toList();
        }
        return value;
    }
}
