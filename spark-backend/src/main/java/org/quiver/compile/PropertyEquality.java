package org.quiver.compile;

import java.util.List;

/** Cypher equality of property values (an integer equals the float of the same number); null equals nothing. */
final class PropertyEquality {
    private PropertyEquality() {
    }

    static boolean equal(Object a, Object b) {
        if (a == null || b == null) {
            return false;
        }
        if (a instanceof Number x && b instanceof Number y) {
            if (x instanceof Long && y instanceof Long) {
                return x.longValue() == y.longValue();
            }
            return x.doubleValue() == y.doubleValue();
        }
        if (a instanceof List<?> x && b instanceof List<?> y) {
            if (x.size() != y.size()) {
                return false;
            }
            for (int i = 0; i < x.size(); i++) {
                if (!equal(x.get(i), y.get(i))) {
                    return false;
                }
            }
            return true;
        }
        return a.equals(b);
    }
}
