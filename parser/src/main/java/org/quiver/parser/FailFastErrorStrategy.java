package org.quiver.parser;

import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.InputMismatchException;
import org.antlr.v4.runtime.NoViableAltException;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.ATNState;
import org.antlr.v4.runtime.misc.IntervalSet;

/**
 * Stops at the first syntax error and throws it as a {@code SyntaxError}.
 *
 * <p>ANTLR's default strategy deletes or invents tokens to carry on; a query either parses whole
 * or not at all, so every recovery path here throws instead.
 *
 * <p>For the message, the expected input is taken from the first place where the parser, at the
 * offending token, could have taken an optional part or left a loop: by the time a mandatory token
 * fails to match, the parser has already skipped those choices, and the tokens they could have
 * started (an operator, another clause, a relationship) belong in "expected …" too.
 */
final class FailFastErrorStrategy extends DefaultErrorStrategy {
    private final SyntaxErrorReporter reporter;
    private int skipTokenIndex = -1;
    private int skipState;
    private ParserRuleContext skipContext;

    FailFastErrorStrategy(SyntaxErrorReporter reporter) {
        this.reporter = reporter;
    }

    @Override
    public void sync(Parser recognizer) {
        ATNState state = recognizer.getInterpreter().atn.states.get(recognizer.getState());
        IntervalSet next = recognizer.getATN().nextTokens(state);
        if (next.contains(recognizer.getInputStream().LA(1))) {
            return;
        }
        if (next.contains(Token.EPSILON)) {
            int index = recognizer.getInputStream().index();
            if (skipTokenIndex != index) {
                skipTokenIndex = index;
                skipState = recognizer.getState();
                skipContext = recognizer.getContext();
            }
            return;
        }
        fail(recognizer, new InputMismatchException(recognizer));
    }

    @Override
    public Token recoverInline(Parser recognizer) {
        throw fail(recognizer, new InputMismatchException(recognizer));
    }

    @Override
    public void reportError(Parser recognizer, RecognitionException e) {
        throw fail(recognizer, e);
    }

    @Override
    public void recover(Parser recognizer, RecognitionException e) {
        throw fail(recognizer, e);
    }

    private RuntimeException fail(Parser recognizer, RecognitionException e) {
        Token offending = e.getOffendingToken() != null ? e.getOffendingToken() : recognizer.getCurrentToken();
        boolean readPastStart = e instanceof NoViableAltException noViable && noViable.getStartToken() != offending;
        IntervalSet expected;
        if (readPastStart) {
            expected = null;
        } else if (skipTokenIndex == offending.getTokenIndex() && skipContext != null) {
            expected = recognizer.getATN().getExpectedTokens(skipState, skipContext);
        } else {
            expected = e.getExpectedTokens() != null ? e.getExpectedTokens() : recognizer.getExpectedTokens();
        }
        throw reporter.error(offending, e.getCtx() != null ? e.getCtx() : recognizer.getContext(), expected);
    }
}
