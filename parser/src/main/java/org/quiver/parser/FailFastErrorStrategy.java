package org.quiver.parser;

import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.InputMismatchException;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Token;

/**
 * Stops at the first syntax error and throws it as a {@code SyntaxError}.
 *
 * <p>ANTLR's default strategy deletes or invents tokens to carry on; a query either parses whole
 * or not at all, so every recovery path here throws instead. What it keeps from the default is
 * the bookkeeping that remembers where optional parts were skipped, which makes the expected-token
 * set of a late mismatch include what those parts could have started with.
 */
final class FailFastErrorStrategy extends DefaultErrorStrategy {
    private final SyntaxErrorReporter reporter;

    FailFastErrorStrategy(SyntaxErrorReporter reporter) {
        this.reporter = reporter;
    }

    @Override
    public void reportError(Parser recognizer, RecognitionException e) {
        throw reporter.error(recognizer, e);
    }

    @Override
    public void recover(Parser recognizer, RecognitionException e) {
        throw reporter.error(recognizer, e);
    }

    @Override
    protected void reportUnwantedToken(Parser recognizer) {
        throw reporter.error(recognizer, new InputMismatchException(recognizer));
    }

    @Override
    protected void reportMissingToken(Parser recognizer) {
        throw reporter.error(recognizer, new InputMismatchException(recognizer));
    }

    @Override
    protected Token singleTokenDeletion(Parser recognizer) {
        return null;
    }

    @Override
    protected boolean singleTokenInsertion(Parser recognizer) {
        return false;
    }
}
