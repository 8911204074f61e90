package org.quiver.parser.ddl;

import static org.quiver.parser.ddl.GraphDdlParser.*;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.InputMismatchException;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.ATNState;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.quiver.parser.SourceText;

/**
 * Stops at the first syntax error and throws it as a {@code SyntaxError} naming what could have
 * been written there.
 *
 * <p>The expected input comes from the first place where the parser, at the offending token,
 * could still have taken an optional part or left a loop: a later mandatory token that fails has
 * already skipped those choices (after {@code KEY (id)}, a {@code LABEL} was as good as a comma).
 */
final class DdlErrorStrategy extends DefaultErrorStrategy {
    private final SourceText source;
    private int skipTokenIndex = -1;
    private int skipState;
    private ParserRuleContext skipContext;

    DdlErrorStrategy(SourceText source) {
        this.source = source;
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
        throw fail(recognizer, new InputMismatchException(recognizer));
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
        IntervalSet expected;
        if (skipTokenIndex == offending.getTokenIndex() && skipContext != null) {
            expected = recognizer.getATN().getExpectedTokens(skipState, skipContext);
        } else {
            expected = e.getExpectedTokens() != null ? e.getExpectedTokens() : recognizer.getExpectedTokens();
        }
        String found = offending.getType() == Token.EOF
                ? "Unexpected end of input"
                : "Invalid input '" + offending.getText() + "'";
        return source.error("UnexpectedSyntax", found + ": expected " + describe(expected), source.of(offending));
    }

    /** Keywords that may also be names fold into "a name"; the SQL expression tokens into "an expression". */
    private static String describe(IntervalSet expected) {
        List<Integer> tokens = new ArrayList<>(expected.toList());
        List<String> phrases = new ArrayList<>();
        if (tokens.contains(STRING) && tokens.contains(NUMBER)) {
            phrases.add("an expression");
            return String.join(", ", phrases);
        }
        boolean name = tokens.remove((Integer) IDENTIFIER);
        if (name) {
            tokens.remove((Integer) QUOTED_NAME);
            phrases.add("a name");
        }
        boolean end = tokens.remove((Integer) Token.EOF);
        for (int token : tokens) {
            if (name && isKeyword(token)) {
                continue;
            }
            String literal = VOCABULARY.getLiteralName(token);
            String text = literal == null ? VOCABULARY.getDisplayName(token) : literal.substring(1, literal.length() - 1);
            phrases.add(Character.isLetter(text.charAt(0)) ? text : "`" + text + "`");
        }
        if (end) {
            phrases.add("end of input");
        }
        if (phrases.size() == 1) {
            return phrases.get(0);
        }
        return String.join(", ", phrases.subList(0, phrases.size() - 1)) + " or " + phrases.get(phrases.size() - 1);
    }

    private static boolean isKeyword(int token) {
        String literal = VOCABULARY.getLiteralName(token);
        return literal != null && Character.isLetter(literal.charAt(1));
    }
}
