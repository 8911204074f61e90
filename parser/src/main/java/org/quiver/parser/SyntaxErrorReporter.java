package org.quiver.parser;

import org.antlr.v4.runtime.NoViableAltException;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.RuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.quiver.parser.error.SyntaxError;

/**
 * Turns an ANTLR recognition error into a {@code SyntaxError} that speaks of the language: what
 * was found, what could have been written there, and the TCK detail code when one applies.
 */
final class SyntaxErrorReporter {
    private final SourceText source;

    SyntaxErrorReporter(SourceText source) {
        this.source = source;
    }

    SyntaxError error(Parser parser, RecognitionException e) {
        Token offending = e.getOffendingToken() != null ? e.getOffendingToken() : parser.getCurrentToken();
        RuleContext ctx = e.getCtx() != null ? e.getCtx() : parser.getContext();
        var span = source.of(offending);
        switch (offending.getType()) {
            case CypherParser.INVALID_NUMBER:
                return source.error("InvalidNumberLiteral", "Invalid number literal '" + offending.getText() + "'",
                        span);
            case CypherParser.UNKNOWN:
                String unclosed = unclosed(offending.getText());
                if (unclosed != null) {
                    return source.error("UnexpectedSyntax", "Invalid input: " + unclosed + " is never closed", span);
                }
                break;
            default:
                break;
        }
        String found = offending.getType() == Token.EOF
                ? "Unexpected end of input"
                : "Invalid input '" + offending.getText() + "'";
        String expected = expected(parser, e, offending, ctx);
        String reason = expected.isEmpty() ? found : found + ": " + expected;
        return source.error(inRelationship(ctx) ? "InvalidRelationshipPattern" : "UnexpectedSyntax", reason, span);
    }

    private String expected(Parser parser, RecognitionException e, Token offending, RuleContext ctx) {
        // A failed prediction that read past its first token knows only what could start the
        // construct, not what could stand where it failed: name the construct instead.
        if (e instanceof NoViableAltException noViable && noViable.getStartToken() != offending) {
            String construct = ExpectedInput.construct(ctx);
            return construct == null ? "" : "this does not continue a valid " + construct;
        }
        IntervalSet tokens = e.getExpectedTokens();
        if (tokens == null) {
            tokens = parser.getExpectedTokens();
        }
        return "expected " + ExpectedInput.describe(tokens, ctx);
    }

    private static String unclosed(String text) {
        return switch (text) {
            case "'", "\"" -> "the string literal starting here";
            case "`" -> "the quoted name starting here";
            default -> null;
        };
    }

    /** Inside a relationship pattern, short of an expression nested in it. */
    private static boolean inRelationship(RuleContext ctx) {
        for (RuleContext c = ctx; c != null; c = c.parent) {
            if (c instanceof CypherParser.ExpressionContext) {
                return false;
            }
            if (c instanceof CypherParser.RelationshipPatternContext
                    || c instanceof CypherParser.RelationshipDetailContext
                    || c instanceof CypherParser.LengthRangeContext) {
                return true;
            }
        }
        return false;
    }
}
