package org.quiver.planner.expr;

import org.quiver.parser.ast.Span;
import org.quiver.parser.error.SyntaxError;

/**
 * What a SKIP or LIMIT count may be: a non-negative integer. The same check runs on a number
 * written in the query (while planning) and on a computed count (when the query runs).
 */
public final class RowCountCheck {
    private RowCountCheck() {
    }

    /** {@code value} (a Cypher value as the planner or the backend holds it) as a count. */
    public static long count(Object value, String clause, Span span) {
        if (!(value instanceof Long count)) {
            throw new SyntaxError("InvalidArgumentType", clause + " needs an integer, not " + describe(value), span);
        }
        if (count < 0) {
            throw new SyntaxError("NegativeIntegerArgument", clause + " needs a non-negative integer, not " + count,
                    span);
        }
        return count;
    }

    private static String describe(Object value) {
        if (value == null) {
            return "null";
        }
        String type = value instanceof Double ? "Float" : value instanceof String ? "String"
                : value instanceof Boolean ? "Boolean" : value instanceof java.util.List<?> ? "List"
                : value instanceof java.util.Map<?, ?> ? "Map" : value.getClass().getSimpleName();
        return type + " " + value;
    }
}
