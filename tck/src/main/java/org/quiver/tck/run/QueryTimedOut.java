package org.quiver.tck.run;

/** A query whose Spark jobs the runner cancelled because it ran past the per-scenario limit. */
final class QueryTimedOut extends RuntimeException {
    private static final long serialVersionUID = 1L;

    QueryTimedOut(String message, Throwable cause) {
        super(message, cause);
    }
}
