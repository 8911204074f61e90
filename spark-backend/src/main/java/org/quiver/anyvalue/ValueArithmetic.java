package org.quiver.anyvalue;

import java.util.ArrayList;
import java.util.List;
import org.quiver.parser.error.ArithmeticError;
import org.quiver.parser.error.TypeError;

/**
 * Cypher's arithmetic on Java values whose types are only known at run time: Integer with Integer
 * stays Integer and overflow is an error (not a wrap), Integer with Float is Float, {@code +} also
 * concatenates strings and lists; other operand types are a TypeError.
 */
public final class ValueArithmetic {
    private ValueArithmetic() {
    }

    public static Object apply(String op, Object a, Object b) {
        if (a == null || b == null) {
            return null;
        }
        if (op.equals("add")) {
            Object joined = concatenation(a, b);
            if (joined != null) {
                return joined;
            }
        }
        if (!(a instanceof Long || a instanceof Double) || !(b instanceof Long || b instanceof Double)) {
            throw new TypeError("InvalidArgumentType", "Cannot apply " + op + " to " + ValueFunctions.typeName(a)
                    + " and " + ValueFunctions.typeName(b), null);
        }
        if (op.equals("power")) {
            return Math.pow(((Number) a).doubleValue(), ((Number) b).doubleValue());
        }
        if (a instanceof Long x && b instanceof Long y) {
            return integer(op, x, y);
        }
        double x = ((Number) a).doubleValue();
        double y = ((Number) b).doubleValue();
        return switch (op) {
            case "add" -> x + y;
            case "subtract" -> x - y;
            case "multiply" -> x * y;
            case "divide" -> x / y;
            default -> x % y;
        };
    }

    private static long integer(String op, long x, long y) {
        try {
            return switch (op) {
                case "add" -> Math.addExact(x, y);
                case "subtract" -> Math.subtractExact(x, y);
                case "multiply" -> Math.multiplyExact(x, y);
                case "divide" -> {
                    if (y == 0) {
                        throw new ArithmeticError("DivisionByZero", "Division by zero", null);
                    }
                    if (x == Long.MIN_VALUE && y == -1) {
                        throw new java.lang.ArithmeticException("overflow");
                    }
                    yield x / y;
                }
                default -> {
                    if (y == 0) {
                        throw new ArithmeticError("DivisionByZero", "Division by zero", null);
                    }
                    yield x % y;
                }
            };
        } catch (java.lang.ArithmeticException overflow) {
            throw new ArithmeticError("IntegerOverflow", "Integer overflow", null);
        }
    }

    /** String or list concatenation, or null when {@code +} is arithmetic for these operands. */
    private static Object concatenation(Object a, Object b) {
        if (a instanceof List<?> x) {
            List<Object> out = new ArrayList<>(x);
            if (b instanceof List<?> y) {
                out.addAll(y);
            } else {
                out.add(b);
            }
            return out;
        }
        if (b instanceof List<?> y) {
            List<Object> out = new ArrayList<>();
            out.add(a);
            out.addAll(y);
            return out;
        }
        if (a instanceof String || b instanceof String) {
            if (scalar(a) && scalar(b)) {
                return ValueFunctions.toStringValue(a, false) + ValueFunctions.toStringValue(b, false);
            }
        }
        return null;
    }

    private static boolean scalar(Object v) {
        return v instanceof String || v instanceof Long || v instanceof Double || v instanceof Boolean;
    }
}
