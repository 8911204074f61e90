package org.quiver.anyvalue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.quiver.api.Node;
import org.quiver.api.Path;
import org.quiver.api.Relationship;

/**
 * Cypher's equality and comparability on Java values of any type, with three-valued logic: a
 * {@code null} result is Cypher's null (unknown). Numbers compare across Integer and Float; NaN
 * equals nothing and orders before nothing; values of different types are unequal and not
 * comparable.
 */
public final class ValueComparison {
    private ValueComparison() {
    }

    /** {@code a = b}. */
    public static Boolean equal(Object a, Object b) {
        if (a == null || b == null) {
            return null;
        }
        if (a instanceof Number x && b instanceof Number y) {
            return Integer.valueOf(0).equals(numericCompare(x, y));
        }
        if (a instanceof List<?> x && b instanceof List<?> y) {
            if (x.size() != y.size()) {
                return false;
            }
            boolean unknown = false;
            for (int i = 0; i < x.size(); i++) {
                Boolean e = equal(x.get(i), y.get(i));
                if (Boolean.FALSE.equals(e)) {
                    return false;
                }
                unknown |= e == null;
            }
            return unknown ? null : true;
        }
        if (a instanceof Map<?, ?> x && b instanceof Map<?, ?> y) {
            if (!x.keySet().equals(y.keySet())) {
                return false;
            }
            boolean unknown = false;
            for (Object key : x.keySet()) {
                Boolean e = equal(x.get(key), y.get(key));
                if (Boolean.FALSE.equals(e)) {
                    return false;
                }
                unknown |= e == null;
            }
            return unknown ? null : true;
        }
        if (a instanceof Node x && b instanceof Node y) {
            return x.id() == y.id();
        }
        if (a instanceof Relationship x && b instanceof Relationship y) {
            return x.id() == y.id();
        }
        if (a instanceof Path x && b instanceof Path y) {
            return x.nodes().stream().map(Node::id).toList().equals(y.nodes().stream().map(Node::id).toList())
                    && x.relationships().stream().map(Relationship::id).toList()
                            .equals(y.relationships().stream().map(Relationship::id).toList());
        }
        if (a instanceof ZonedDateTime x && b instanceof ZonedDateTime y) {
            return x.toInstant().equals(y.toInstant());
        }
        if (a instanceof OffsetTime x && b instanceof OffsetTime y) {
            return x.isEqual(y);
        }
        return a.getClass().equals(b.getClass()) && a.equals(b);
    }

    /**
     * The sign of {@code a} compared with {@code b} for {@code <, <=, >, >=}, or {@code null} when
     * the two are not comparable (either is null or NaN, their types differ, or the type has no
     * order: maps, nodes, relationships, paths, durations).
     */
    public static Integer compare(Object a, Object b) {
        if (a == null || b == null) {
            return null;
        }
        if (a instanceof Number x && b instanceof Number y) {
            return numericCompare(x, y);
        }
        if (a instanceof String x && b instanceof String y) {
            return Integer.signum(x.compareTo(y));
        }
        if (a instanceof Boolean x && b instanceof Boolean y) {
            return Integer.signum(x.compareTo(y));
        }
        if (a instanceof List<?> x && b instanceof List<?> y) {
            for (int i = 0; i < Math.min(x.size(), y.size()); i++) {
                Integer c = compare(x.get(i), y.get(i));
                if (c == null || c != 0) {
                    return c;
                }
            }
            return Integer.signum(Integer.compare(x.size(), y.size()));
        }
        if (a instanceof LocalDate x && b instanceof LocalDate y) {
            return Integer.signum(x.compareTo(y));
        }
        if (a instanceof LocalTime x && b instanceof LocalTime y) {
            return Integer.signum(x.compareTo(y));
        }
        if (a instanceof LocalDateTime x && b instanceof LocalDateTime y) {
            return Integer.signum(x.compareTo(y));
        }
        if (a instanceof ZonedDateTime x && b instanceof ZonedDateTime y) {
            return Integer.signum(x.toInstant().compareTo(y.toInstant()));
        }
        if (a instanceof OffsetTime x && b instanceof OffsetTime y) {
            return Integer.signum(x.compareTo(y));
        }
        return null;
    }

    /** Integers compare exactly, and with floats by value; NaN is not comparable. */
    private static Integer numericCompare(Number x, Number y) {
        if (x instanceof Long a && y instanceof Long b) {
            return Integer.signum(Long.compare(a, b));
        }
        double a = x.doubleValue();
        double b = y.doubleValue();
        if (Double.isNaN(a) || Double.isNaN(b)) {
            return null;
        }
        if (a == b && x instanceof Long l) {
            return Integer.signum(new java.math.BigDecimal(l).compareTo(new java.math.BigDecimal(b)));
        }
        if (a == b && y instanceof Long l) {
            return Integer.signum(new java.math.BigDecimal(a).compareTo(new java.math.BigDecimal(l)));
        }
        return Integer.signum(Double.compare(a, b));
    }
}
