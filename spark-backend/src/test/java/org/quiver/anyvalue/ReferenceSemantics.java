package org.quiver.anyvalue;

import java.math.BigDecimal;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * A small Cypher evaluator for the property test, written from the openCypher semantics and kept
 * apart from the engine: it shares no code with the Spark backend. Values are Long, Double,
 * String, Boolean, List, Map and null; {@code null} results are Cypher's null. A run-time type
 * error is a {@link Failure} carrying the TCK error class.
 */
final class ReferenceSemantics {
    private ReferenceSemantics() {
    }

    /** A run-time error of the given TCK class. */
    static final class Failure extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final String errorClass;

        Failure(String errorClass) {
            super(errorClass, null, false, false);
            this.errorClass = errorClass;
        }
    }

    static Boolean equal(Object a, Object b) {
        if (a == null || b == null) {
            return null;
        }
        if (isNumber(a) && isNumber(b)) {
            if (isNaN(a) || isNaN(b)) {
                return false;
            }
            return decimal(a).compareTo(decimal(b)) == 0;
        }
        if (a instanceof List<?> x && b instanceof List<?> y) {
            if (x.size() != y.size()) {
                return false;
            }
            Boolean all = true;
            Iterator<?> i = x.iterator();
            Iterator<?> j = y.iterator();
            while (i.hasNext()) {
                all = and(all, equal(i.next(), j.next()));
            }
            return all;
        }
        if (a instanceof Map<?, ?> x && b instanceof Map<?, ?> y) {
            if (!x.keySet().equals(y.keySet())) {
                return false;
            }
            Boolean all = true;
            for (Object k : x.keySet()) {
                all = and(all, equal(x.get(k), y.get(k)));
            }
            return all;
        }
        if (a.getClass() != b.getClass()) {
            return false;
        }
        return a.equals(b);
    }

    /** Negative, zero or positive, or null when Cypher says the two are not comparable. */
    static Integer order(Object a, Object b) {
        if (a == null || b == null) {
            return null;
        }
        if (isNumber(a) && isNumber(b)) {
            if (isNaN(a) || isNaN(b)) {
                return null;
            }
            return decimal(a).compareTo(decimal(b));
        }
        if (a instanceof String x && b instanceof String y) {
            return x.compareTo(y);
        }
        if (a instanceof Boolean x && b instanceof Boolean y) {
            return Boolean.compare(x, y);
        }
        if (a instanceof List<?> x && b instanceof List<?> y) {
            int n = Math.min(x.size(), y.size());
            for (int i = 0; i < n; i++) {
                Integer c = order(x.get(i), y.get(i));
                if (c == null) {
                    return null;
                }
                if (c != 0) {
                    return c;
                }
            }
            return Integer.compare(x.size(), y.size());
        }
        return null;
    }

    /** {@code <, <=, >, >=}: NaN against a number is false, values that are not comparable give null. */
    static Boolean compare(String op, Object a, Object b) {
        Integer c = order(a, b);
        if (c == null) {
            return a != null && b != null && isNumber(a) && isNumber(b) ? false : null;
        }
        return switch (op) {
            case "<" -> c < 0;
            case "<=" -> c <= 0;
            case ">" -> c > 0;
            default -> c >= 0;
        };
    }

    static Boolean in(Object x, Object list) {
        if (list == null) {
            return null;
        }
        Boolean any = false;
        for (Object e : (List<?>) list) {
            any = or(any, equal(x, e));
        }
        return any;
    }

    static Boolean and(Boolean a, Boolean b) {
        if (Boolean.FALSE.equals(a) || Boolean.FALSE.equals(b)) {
            return false;
        }
        return a == null || b == null ? null : true;
    }

    static Boolean or(Boolean a, Boolean b) {
        if (Boolean.TRUE.equals(a) || Boolean.TRUE.equals(b)) {
            return true;
        }
        return a == null || b == null ? null : false;
    }

    static Boolean xor(Boolean a, Boolean b) {
        return a == null || b == null ? null : a ^ b;
    }

    static Boolean not(Boolean a) {
        return a == null ? null : !a;
    }

    /** A value in a place that needs a boolean. */
    static Boolean truth(Object v) {
        if (v == null || v instanceof Boolean) {
            return (Boolean) v;
        }
        throw new Failure("TypeError");
    }

    static Object convert(String function, Object v) {
        boolean orNull = function.endsWith("OrNull");
        String base = orNull ? function.substring(0, function.length() - "OrNull".length()) : function;
        if (v == null) {
            return null;
        }
        Object result = switch (base) {
            case "toString" -> v instanceof List<?> || v instanceof Map<?, ?> ? FAIL : String.valueOf(v);
            case "toInteger" -> toInteger(v);
            case "toFloat" -> v instanceof Long l ? (Object) (double) l : v instanceof Double ? v
                    : v instanceof String s ? parseDouble(s) : FAIL;
            case "toBoolean" -> v instanceof Boolean ? v : v instanceof Long l ? (Object) (l != 0L)
                    : v instanceof String s ? parseBoolean(s) : FAIL;
            case "size" -> v instanceof String s ? (Object) (long) s.codePointCount(0, s.length())
                    : v instanceof List<?> l ? (Object) (long) l.size() : FAIL;
            default -> throw new IllegalArgumentException(function);
        };
        if (result == FAIL) {
            if (orNull) {
                return null;
            }
            throw new Failure("TypeError");
        }
        return result;
    }

    /** {@code + - * / %}; the failures are TypeError for operand types and ArithmeticError for integers. */
    static Object arithmetic(String op, Object a, Object b) {
        if (a == null || b == null) {
            return null;
        }
        if (op.equals("+") && (a instanceof List<?> || b instanceof List<?>)) {
            List<Object> out = new java.util.ArrayList<>();
            if (a instanceof List<?> x) {
                out.addAll(x);
            } else {
                out.add(a);
            }
            if (b instanceof List<?> y) {
                out.addAll(y);
            } else {
                out.add(b);
            }
            return out;
        }
        boolean scalars = !(a instanceof List<?> || a instanceof Map<?, ?> || b instanceof List<?> || b instanceof Map<?, ?>);
        if (op.equals("+") && (a instanceof String || b instanceof String) && scalars) {
            return String.valueOf(a) + b;
        }
        if (!isNumber(a) || !isNumber(b)) {
            throw new Failure("TypeError");
        }
        if (a instanceof Long x && b instanceof Long y) {
            BigDecimal exact = switch (op) {
                case "+" -> BigDecimal.valueOf(x).add(BigDecimal.valueOf(y));
                case "-" -> BigDecimal.valueOf(x).subtract(BigDecimal.valueOf(y));
                case "*" -> BigDecimal.valueOf(x).multiply(BigDecimal.valueOf(y));
                default -> {
                    if (y == 0) {
                        throw new Failure("ArithmeticError");
                    }
                    BigDecimal[] qr = BigDecimal.valueOf(x).divideAndRemainder(BigDecimal.valueOf(y));
                    yield op.equals("/") ? qr[0] : qr[1];
                }
            };
            if (exact.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0
                    || exact.compareTo(BigDecimal.valueOf(Long.MIN_VALUE)) < 0) {
                throw new Failure("ArithmeticError");
            }
            return exact.longValueExact();
        }
        double x = ((Number) a).doubleValue();
        double y = ((Number) b).doubleValue();
        return switch (op) {
            case "+" -> x + y;
            case "-" -> x - y;
            case "*" -> x * y;
            case "/" -> x / y;
            default -> x % y;
        };
    }

    private static final Object FAIL = new Object();

    private static Object toInteger(Object v) {
        if (v instanceof Long) {
            return v;
        }
        if (v instanceof Double d) {
            return d.longValue();
        }
        if (v instanceof Boolean b) {
            return b ? 1L : 0L;
        }
        if (v instanceof String s) {
            Double d = parseDouble(s);
            if (d == null) {
                return null;
            }
            try {
                return Long.parseLong(s);
            } catch (NumberFormatException fraction) {
                return d.longValue();
            }
        }
        return FAIL;
    }

    private static Double parseDouble(String s) {
        try {
            double d = Double.parseDouble(s);
            // Java also reads "NaN", "Infinity" and hexadecimal or suffixed forms, which Cypher does not.
            return s.matches("[-+]?[0-9]*\\.?[0-9]+([eE][-+]?[0-9]+)?|[-+]?[0-9]+\\.") ? d : null;
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    private static Boolean parseBoolean(String s) {
        if (s.equalsIgnoreCase("true")) {
            return true;
        }
        return s.equalsIgnoreCase("false") ? false : null;
    }

    private static boolean isNumber(Object v) {
        return v instanceof Long || v instanceof Double;
    }

    private static boolean isNaN(Object v) {
        return v instanceof Double d && d.isNaN();
    }

    private static BigDecimal decimal(Object v) {
        return v instanceof Long l ? BigDecimal.valueOf(l) : new BigDecimal((Double) v);
    }
}
