package org.quiver.cli;

import java.io.PrintStream;
import java.util.Optional;
import org.quiver.parser.error.CypherException;

/**
 * How a failure is shown: a {@link CypherException} by its message ({@code <Type>: <reason>} with
 * position and caret); anything else is a bug in Quiver, shown as {@code InternalError} with the
 * exception's class. Stack traces only with {@code --verbose}.
 */
public record ErrorReport(String type, String message) {
    static final String INTERNAL_ERROR = "InternalError";

    public static ErrorReport of(Throwable failure) {
        Optional<CypherException> cypher = cypherCause(failure);
        if (cypher.isPresent()) {
            return new ErrorReport(cypher.get().errorType(), cypher.get().getMessage());
        }
        return new ErrorReport(INTERNAL_ERROR, INTERNAL_ERROR + ": " + failure
                + " (a bug in Quiver; --verbose shows the stack trace)");
    }

    /**
     * The Cypher error behind a failure. Spark wraps what a task throws (a data error found while
     * reading, say) in its own exceptions, so the cause chain is searched.
     */
    static Optional<CypherException> cypherCause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof CypherException cypher) {
                return Optional.of(cypher);
            }
        }
        return Optional.empty();
    }

    public void print(PrintStream err, Throwable failure, boolean verbose) {
        err.println(message);
        if (verbose) {
            failure.printStackTrace(err);
        }
    }
}
