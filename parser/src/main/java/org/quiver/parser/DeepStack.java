package org.quiver.parser;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.quiver.parser.error.LimitExceeded;

/**
 * Runs the compilation of a query (parsing, analysis, planning: all recursive over the query's
 * nesting) on a thread with a large stack, so that deeply nested queries compile, and turns a
 * stack overflow on still deeper ones into a {@link LimitExceeded} that points at the deepest
 * bracket instead of letting a {@link StackOverflowError} escape.
 *
 * <pre>{@code
 * Statement s = DeepStack.call(query, () -> QueryParser.parse(query));
 * }</pre>
 */
public final class DeepStack {
    /** Enough for a nesting depth of well over 10,000 brackets in every compiler stage. */
    static final long STACK_BYTES = 512L * 1024 * 1024;

    private DeepStack() {
    }

    /**
     * The result of {@code work}, computed on a fresh thread with a large stack (which inherits the
     * caller's inheritable thread-locals, Spark's active session among them); its exceptions and
     * errors reach the caller unchanged, except a stack overflow, also one wrapped as a cause.
     */
    public static <T> T call(String query, Supplier<T> work) {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread worker = new Thread(null, () -> {
            try {
                result.set(work.get());
            } catch (Throwable e) {
                failure.set(overflowed(e) ? tooDeep(query) : e);
            }
        }, "quiver-compile", STACK_BYTES);
        worker.setDaemon(true);
        worker.start();
        try {
            worker.join();
        } catch (InterruptedException e) {
            worker.interrupt();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while compiling the query", e);
        }
        Throwable thrown = failure.get();
        if (thrown instanceof RuntimeException r) {
            throw r;
        } else if (thrown instanceof Error e) {
            throw e;
        } else if (thrown != null) {
            throw new IllegalStateException(thrown);
        }
        return result.get();
    }

    /** Whether {@code error} is, or was caused by, a stack overflow (Spark wraps one from a task). */
    private static boolean overflowed(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof StackOverflowError) {
                return true;
            }
        }
        return false;
    }

    private static LimitExceeded tooDeep(String query) {
        BracketNesting.Deepest deepest = BracketNesting.deepest(query);
        return new LimitExceeded("NestingTooDeep",
                "The query nests too deeply to compile: brackets, CASE, list comprehensions, NOT and"
                        + " unary operators count as levels (brackets alone reach depth " + deepest.depth() + " here)",
                deepest.span(), query, null);
    }
}
