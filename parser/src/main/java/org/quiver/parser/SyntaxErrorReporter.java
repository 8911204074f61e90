package org.quiver.parser;

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

    /**
     * @param expected what could stand at the offending token, or null when the parser only knows
     *     that the construct around it went wrong
     */
    SyntaxError error(Token offending, RuleContext ctx, IntervalSet expected) {
        var span = source.of(offending);
        if (offending.getType() == CypherParser.INVALID_NUMBER && !inMapKey(ctx)) {
            return source.error("InvalidNumberLiteral", "Invalid number literal '" + offending.getText() + "'", span);
        }
        if ((offending.getType() == CypherParser.UNKNOWN || offending.getType() == CypherParser.UNICODE_DASH)
                && isDash(offending.getText())) {
            return source.error("InvalidUnicodeCharacter", "Invalid input '" + offending.getText()
                    + "': a Unicode dash is not an operator; use the ASCII hyphen-minus '-'", span);
        }
        if (offending.getType() == CypherParser.UNKNOWN) {
            String unclosed = unclosed(offending.getText());
            if (unclosed != null) {
                return source.error("UnexpectedSyntax", "Invalid input: " + unclosed + " is never closed", span);
            }
        }
        String found = offending.getType() == Token.EOF
                ? "Unexpected end of input"
                : "Invalid input '" + offending.getText() + "'";
        String detail = inRelationship(ctx) ? "InvalidRelationshipPattern" : "UnexpectedSyntax";
        String reason = found + ": " + expected(expected, ctx);
        if (offending.getType() == CypherParser.PIPE && expected != null && expected.contains(CypherParser.AMP)) {
            // A bare | after a label test is left out of expressions on purpose (see the grammar).
            reason += "; in an expression, write label alternatives in parentheses, as n:(A|B)";
        }
        return source.error(detail, reason, span);
    }

    private static String expected(IntervalSet expected, RuleContext ctx) {
        if (expected == null) {
            String construct = ExpectedInput.construct(ctx);
            return "this does not continue a valid " + (construct == null ? "query" : construct);
        }
        return "expected " + ExpectedInput.describe(expected, ctx);
    }

    /** Dashes that look like a minus sign: hyphens, en and em dashes, the minus sign and their variants. */
    private static boolean isDash(String text) {
        if (text.length() != 1) {
            return false;
        }
        char c = text.charAt(0);
        return c == '\u00AD' || c >= '\u2010' && c <= '\u2015' || c == '\u2212' || c == '\uFE58' || c == '\uFE63'
                || c == '\uFF0D';
    }

    /** A map key must be a name: a number-like word there is unexpected syntax, not a bad number. */
    private static boolean inMapKey(RuleContext ctx) {
        for (RuleContext c = ctx; c != null; c = c.parent) {
            if (c.getRuleIndex() == CypherParser.RULE_mapLiteral || c.getRuleIndex() == CypherParser.RULE_mapEntry) {
                return true;
            }
            if (c.getRuleIndex() == CypherParser.RULE_expression) {
                return false;
            }
        }
        return false;
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
