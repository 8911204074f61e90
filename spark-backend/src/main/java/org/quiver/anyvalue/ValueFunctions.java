package org.quiver.anyvalue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.quiver.api.Node;
import org.quiver.api.Path;
import org.quiver.api.Relationship;
import org.quiver.parser.error.TypeError;
import org.quiver.temporal.TemporalRows;

/**
 * Cypher functions whose argument is only known at run time, on Java values: the conversions
 * ({@code toString}, {@code toInteger}, …) and {@code type}/{@code labels}. A value of a type the
 * function does not take raises a {@link TypeError} (InvalidArgumentValue), as Neo4j does at run
 * time; the {@code …OrNull} variants give null instead.
 */
public final class ValueFunctions {
    private ValueFunctions() {
    }

    public static String toStringValue(Object v, boolean orNull) {
        if (v == null || v instanceof String) {
            return (String) v;
        }
        if (v instanceof Long || v instanceof Boolean) {
            return v.toString();
        }
        if (v instanceof Double d) {
            return d.toString();
        }
        if (TemporalRows.typeOfValue(v).isPresent()) {
            return org.quiver.temporal.TemporalText.of(v);
        }
        return invalid("toString", v, orNull);
    }

    public static Long toIntegerValue(Object v, boolean orNull) {
        if (v == null || v instanceof Long) {
            return (Long) v;
        }
        if (v instanceof Double d) {
            return integerPart(d);
        }
        if (v instanceof Boolean b) {
            return b ? 1L : 0L;
        }
        if (v instanceof String s) {
            try {
                return Long.parseLong(s.trim());
            } catch (NumberFormatException notInteger) {
                Double d = parseFloat(s);
                return d == null ? null : integerPart(d);
            }
        }
        return invalid("toInteger", v, orNull);
    }

    public static Double toFloatValue(Object v, boolean orNull) {
        if (v == null || v instanceof Double) {
            return (Double) v;
        }
        if (v instanceof Long l) {
            return l.doubleValue();
        }
        if (v instanceof String s) {
            return parseFloat(s);
        }
        return invalid("toFloat", v, orNull);
    }

    public static Boolean toBooleanValue(Object v, boolean orNull) {
        if (v == null || v instanceof Boolean) {
            return (Boolean) v;
        }
        if (v instanceof Long l) {
            return l != 0;
        }
        if (v instanceof String s) {
            String t = s.trim().toLowerCase(Locale.ROOT);
            return t.equals("true") ? Boolean.TRUE : t.equals("false") ? Boolean.FALSE : null;
        }
        return invalid("toBoolean", v, orNull);
    }

    /** A value used as a predicate (WHERE, AND, NOT …): a boolean or null, else a type error. */
    public static Boolean asPredicate(Object v) {
        if (v == null || v instanceof Boolean) {
            return (Boolean) v;
        }
        throw new TypeError("InvalidArgumentValue", "Expected a Boolean but was " + typeName(v), null);
    }

    public static String type(Object v) {
        if (v == null) {
            return null;
        }
        if (v instanceof Relationship r) {
            return r.type();
        }
        return invalid("type", v, false);
    }

    public static List<String> labels(Object v) {
        if (v == null) {
            return null;
        }
        if (v instanceof Node n) {
            return n.labels();
        }
        return invalid("labels", v, false);
    }

    /** {@code size()} of a string (in code points) or a list. */
    public static Long size(Object v) {
        if (v == null) {
            return null;
        }
        if (v instanceof String s) {
            return (long) s.codePointCount(0, s.length());
        }
        if (v instanceof List<?> list) {
            return (long) list.size();
        }
        return invalid("size", v, false);
    }

    /** {@code x.key} of a map, node or relationship; null for a key it does not have. */
    public static Object property(Object v, String key) {
        if (v == null) {
            return null;
        }
        if (v instanceof Map<?, ?> || v instanceof Node || v instanceof Relationship) {
            return properties(v).get(key);
        }
        if (TemporalRows.typeOfValue(v).isPresent()) {
            throw new org.quiver.parser.error.UnsupportedFeature(
                    "A field of a temporal value whose type is only known at run time", null);
        }
        throw new TypeError("InvalidArgumentType", "Type mismatch: expected a Map, Node or Relationship but was "
                + typeName(v), null);
    }

    /** {@code v[key]}: a list element by integer position (negative from the end), or a map or entity property. */
    public static Object index(Object v, Object key) {
        if (v == null || key == null) {
            return null;
        }
        if (v instanceof List<?> list) {
            if (!(key instanceof Long i)) {
                throw new TypeError("InvalidArgumentType", "A list index must be an Integer, not " + typeName(key),
                        null);
            }
            long position = i < 0 ? list.size() + i : i;
            return position >= 0 && position < list.size() ? list.get((int) position) : null;
        }
        if (v instanceof Map<?, ?> || v instanceof Node || v instanceof Relationship) {
            if (!(key instanceof String name)) {
                throw new TypeError("MapElementAccessByNonString", "A map key must be a String, not " + typeName(key),
                        null);
            }
            return properties(v).get(name);
        }
        throw new TypeError("InvalidArgumentType", "Type mismatch: expected a List, Map, Node or Relationship to index"
                + " but was " + typeName(v), null);
    }

    /** {@code properties()} of a map, node or relationship. */
    public static Map<?, ?> properties(Object v) {
        if (v == null) {
            return null;
        }
        if (v instanceof Node n) {
            return n.properties();
        }
        if (v instanceof Relationship r) {
            return r.properties();
        }
        if (v instanceof Map<?, ?> map) {
            return map;
        }
        return invalid("properties", v, false);
    }

    /** {@code STARTS WITH}, {@code ENDS WITH}, {@code CONTAINS}: null unless both sides are strings. */
    public static Boolean stringPredicate(String op, Object l, Object r) {
        if (!(l instanceof String a) || !(r instanceof String b)) {
            return null;
        }
        return switch (op) {
            case "starts_with" -> a.startsWith(b);
            case "ends_with" -> a.endsWith(b);
            default -> a.contains(b);
        };
    }

    /** {@code x IN list}: true if an element equals x, else null if some comparison was unknown, else false. */
    public static Boolean in(Object x, Object list) {
        if (list == null) {
            return null;
        }
        if (!(list instanceof List<?> elements)) {
            throw new TypeError("InvalidArgumentValue", "IN expects a List but was " + typeName(list), null);
        }
        boolean unknown = false;
        for (Object element : elements) {
            Boolean e = ValueComparison.equal(x, element);
            if (Boolean.TRUE.equals(e)) {
                return true;
            }
            unknown |= e == null;
        }
        return unknown ? null : false;
    }

    private static Long integerPart(double d) {
        if (Double.isNaN(d) || d >= 0x1p63 || d < -0x1p63) {
            throw new org.quiver.parser.error.ArithmeticError("IntegerOverflow",
                    "The float " + d + " does not fit in an integer", null);
        }
        return (long) d;
    }

    private static Double parseFloat(String s) {
        String t = s.trim();
        if (!t.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?")) {
            return null;
        }
        return Double.parseDouble(t);
    }

    private static <T> T invalid(String function, Object v, boolean orNull) {
        if (orNull) {
            return null;
        }
        throw new TypeError("InvalidArgumentValue",
                "Invalid input for " + function + "(): " + typeName(v) + " is not a valid argument", null);
    }

    /** The Cypher type name of a Java value, for messages. */
    public static String typeName(Object v) {
        if (v instanceof Long) {
            return "Integer";
        } else if (v instanceof Double) {
            return "Float";
        } else if (v instanceof String) {
            return "String";
        } else if (v instanceof Boolean) {
            return "Boolean";
        } else if (v instanceof List<?>) {
            return "List";
        } else if (v instanceof Map<?, ?>) {
            return "Map";
        } else if (v instanceof Node) {
            return "Node";
        } else if (v instanceof Relationship) {
            return "Relationship";
        } else if (v instanceof Path) {
            return "Path";
        }
        return TemporalRows.typeOfValue(v).map(t -> t.displayName()).orElse(v.getClass().getSimpleName());
    }
}
