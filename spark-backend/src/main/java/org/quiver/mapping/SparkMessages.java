package org.quiver.mapping;

import org.apache.spark.SparkThrowable;

/** Spark's own errors about a user's table or expression, for the reason of a mapping error. */
final class SparkMessages {
    private SparkMessages() {
    }

    /** The first line of a Spark error's message (the rest is Spark's plan); rethrows anything else. */
    static String firstLine(RuntimeException e) {
        if (!(e instanceof SparkThrowable)) {
            throw e;
        }
        return e.getMessage() == null ? e.toString() : e.getMessage().lines().findFirst().orElse("");
    }
}
