package org.quiver.compile;

import java.util.Optional;
import org.apache.spark.SparkThrowable;
import org.quiver.parser.error.ArithmeticError;
import org.quiver.parser.error.CypherException;

/**
 * Spark errors that are Cypher errors at run time (an integer overflow, a division by zero) as
 * the Cypher exceptions a user expects; anything else stays as it is.
 */
public final class RuntimeErrors {
    private RuntimeErrors() {
    }

    public static Optional<CypherException> translate(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof CypherException cypher) {
                return Optional.of(cypher);
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
