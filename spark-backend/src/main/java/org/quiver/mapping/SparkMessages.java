package org.quiver.mapping;

import org.apache.spark.SparkThrowable;

/** Spark's own errors about a user's table or expression, for the reason of a mapping error. */
final class SparkMessages {
    private SparkMessages() {
    }

    /**
     * The first line of a Spark error's message (the rest is Spark's plan); rethrows anything else.
     * Spark's {@code AnalysisException} is a checked exception to Java, which Scala code throws
     * undeclared: callers catch {@code Exception}.
     */
    static String firstLine(Exception e) {
        if (!(e instanceof SparkThrowable)) {
            throw e instanceof RuntimeException r ? r : new IllegalStateException(e);
        }
        return e.getMessage() == null ? e.toString() : e.getMessage().lines().findFirst().orElse("");
    }
}
