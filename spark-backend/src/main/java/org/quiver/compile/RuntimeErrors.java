package org.quiver.compile;

import java.util.Optional;
import org.apache.spark.SparkThrowable;
import org.quiver.parser.error.ArgumentError;
import org.quiver.parser.error.ArithmeticError;
import org.quiver.parser.error.CypherException;
import org.quiver.parser.error.DataError;
import org.quiver.parser.error.EntityNotFound;
import org.quiver.parser.error.LimitExceeded;

/**
 * Spark errors that are Cypher errors at run time (an integer overflow, a division by zero) as
 * the Cypher exceptions a user expects; anything else stays as it is.
 */
public final class RuntimeErrors {
    /** Marks the message of an error a query raises on purpose, so that it can be told from Spark's own. */
    private static final String MARK = "[quiver-error]";

    private RuntimeErrors() {
    }

    /** A column that, when evaluated, fails the query with a Cypher {@link ArgumentError}. */
    public static org.apache.spark.sql.Column argumentError(String detail, String message) {
        return org.apache.spark.sql.functions.raise_error(
                org.apache.spark.sql.functions.lit(MARK + "ArgumentError|" + detail + "|" + message + MARK));
    }

    /** A column that, when evaluated, fails the query with an {@link EntityNotFound}. */
    static org.apache.spark.sql.Column entityNotFound(String detail, String message) {
        return org.apache.spark.sql.functions.raise_error(
                org.apache.spark.sql.functions.lit(MARK + "EntityNotFound|" + detail + "|" + message + MARK));
    }

    /** A column that, when evaluated, fails the query with a {@link LimitExceeded}. */
    static org.apache.spark.sql.Column limitExceeded(String detail, String message) {
        return org.apache.spark.sql.functions.raise_error(
                org.apache.spark.sql.functions.lit(MARK + "LimitExceeded|" + detail + "|" + message + MARK));
    }

    /** Throws {@code error} as it is, checked or not (Spark throws checked exceptions undeclared). */
    public static RuntimeException rethrow(Throwable error) {
        throw RuntimeErrors.<RuntimeException>sneaky(error);
    }

    @SuppressWarnings("unchecked")
    private static <E extends Throwable> E sneaky(Throwable error) throws E {
        throw (E) error;
    }

    /**
     * A column that, when evaluated, fails the query with a {@link DataError} about {@code source}
     * (a table and column); {@code reason} may show the offending value.
     */
    public static org.apache.spark.sql.Column dataError(String source, org.apache.spark.sql.Column reason) {
        return org.apache.spark.sql.functions.raise_error(org.apache.spark.sql.functions.concat(
                org.apache.spark.sql.functions.lit(MARK + "DataError|" + source.replace("|", "/") + "|"), reason,
                org.apache.spark.sql.functions.lit(MARK)));
    }

    public static Optional<CypherException> translate(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof CypherException cypher) {
                return Optional.of(cypher);
            }
            String text = t.getMessage() == null ? "" : t.getMessage();
            int mark = text.indexOf(MARK);
            int end = text.indexOf(MARK, mark + 1);
            if (mark >= 0 && end > mark) {
                String[] parts = text.substring(mark + MARK.length(), end).split("\\|", 3);
                if (parts[0].equals("DataError")) {
                    return Optional.of(new DataError(parts[1], 0, null, parts[2]));
                } else if (parts[0].equals("EntityNotFound")) {
                    return Optional.of(new EntityNotFound(parts[1], parts[2], null));
                } else if (parts[0].equals("LimitExceeded")) {
                    return Optional.of(new LimitExceeded(parts[1], parts[2], null));
                }
                return Optional.of(new ArgumentError(parts[1], parts[2], null));
            }
            if (t instanceof SparkThrowable spark && spark.getCondition() != null) {
                String condition = spark.getCondition();
                if (condition.startsWith("ARITHMETIC_OVERFLOW") || condition.startsWith("BINARY_ARITHMETIC_OVERFLOW")
                        || condition.startsWith("CAST_OVERFLOW")) {
                    return Optional.of(new ArithmeticError("IntegerOverflow", "Integer overflow", null));
                }
                if (condition.startsWith("DIVIDE_BY_ZERO") || condition.startsWith("REMAINDER_BY_ZERO")) {
                    return Optional.of(new ArithmeticError("DivisionByZero", "Division by zero", null));
                }
            }
        }
        return Optional.empty();
    }
}
