package org.quiver.parser;

import static org.quiver.parser.CypherParser.*;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.RuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.IntervalSet;

/**
 * Says in the language's words what could have been written where a syntax error was found.
 *
 * <p>The raw expected-token set is long (every keyword that can be a name, every operator); this
 * folds families of tokens into one phrase each, such as "an expression" or "a clause such as
 * MATCH, RETURN, WITH".
 */
final class ExpectedInput {
    private static final Set<Integer> CLAUSE_STARTS = Set.of(
            MATCH, OPTIONAL, UNWIND, WITH, RETURN, CREATE, MERGE, SET, REMOVE, DELETE, DETACH, FOREACH, CALL, FROM,
            USE, CONSTRUCT);
    private static final Set<Integer> NAME_KEYWORDS = Set.of(
            COUNT, ANY, NONE, SINGLE, REDUCE, SHORTESTPATH, ALLSHORTESTPATHS, EXPLAIN, PROFILE, COLLECT, CALL, YIELD,
            FOREACH, FROM, USE, GRAPH, CONSTRUCT, CLONE, CATALOG, VIEW, DROP);
    private static final Set<Integer> EXPRESSION_STARTS = Set.of(
            DECIMAL_INTEGER, HEX_INTEGER, OCTAL_INTEGER, FLOAT, STRING_LITERAL, TRUE, FALSE, NULL, LPAREN,
            LBRACK, LBRACE, DOLLAR, PLUS, DASH, NOT, CASE, ALL, EXISTS, IDENTIFIER, ESCAPED_NAME);
    private static final Set<Integer> OPERATORS = Set.of(
            OR, XOR, AND, EQ, NEQ, LT, GT, LTE, GTE, PLUS, DASH, STAR, SLASH, PERCENT, CARET, STARTS, ENDS,
            CONTAINS, REGEX_MATCH, IN, IS, DOT, LBRACK, COLON);

    private ExpectedInput() {
    }

    static String describe(IntervalSet expected, RuleContext ctx) {
        Set<Integer> tokens = new LinkedHashSet<>(expected.toList());
        // The typographic dashes and arrow heads are spellings of -, < and >: naming those is enough.
        tokens.removeAll(Set.of(UNICODE_DASH, UNICODE_LEFT_ARROW_HEAD, UNICODE_RIGHT_ARROW_HEAD));
        String closer = closer(tokens, ctx);
        if (closer != null) {
            return closer;
        }
        List<String> phrases = new ArrayList<>();
        if (tokens.contains(STRING_LITERAL) && tokens.contains(DECIMAL_INTEGER)) {
            phrases.add("an expression");
            tokens.removeAll(EXPRESSION_STARTS);
            tokens.removeAll(NAME_KEYWORDS);
            tokens.removeAll(Set.of(ANY, NONE, SINGLE));
        }
        if (tokens.contains(IDENTIFIER)) {
            phrases.add("a name");
            tokens.remove(IDENTIFIER);
            tokens.remove(ESCAPED_NAME);
            tokens.removeAll(NAME_KEYWORDS);
            if (tokens.contains(WHERE) && tokens.contains(XOR) && tokens.contains(UNWIND)) {
                // Where reserved words are names too (labels, keys), they are no separate choice.
                tokens.removeIf(ExpectedInput::isReservedWord);
            }
        }
        if (tokens.stream().filter(OPERATORS::contains).count() >= 4) {
            phrases.add("an operator");
            tokens.removeAll(OPERATORS);
        }
        boolean clause = tokens.stream().filter(CLAUSE_STARTS::contains).count() >= 2;
        if (clause) {
            tokens.removeAll(CLAUSE_STARTS);
            tokens.removeAll(Set.of(EXPLAIN, PROFILE, CATALOG));
        }
        boolean end = tokens.remove(Token.EOF);
        for (int token : tokens) {
            phrases.add(name(token));
        }
        if (clause) {
            phrases.add("a clause such as MATCH, RETURN, WITH");
        }
        if (end) {
            phrases.add("end of input");
        }
        return join(phrases);
    }

    /** The construct an error was found in, for messages that cannot list the expected input. */
    static String construct(RuleContext ctx) {
        for (RuleContext c = ctx; c != null; c = c.parent) {
            if (c instanceof NodePatternContext) {
                return "node pattern";
            }
            if (c instanceof RelationshipPatternContext || c instanceof RelationshipDetailContext) {
                return "relationship pattern";
            }
            if (c instanceof ExpressionContext || c instanceof AtomContext) {
                return "expression";
            }
            if (c instanceof PatternContext || c instanceof PatternPartContext) {
                return "pattern";
            }
        }
        return null;
    }

    /** Inside brackets that may close here, the closing bracket is the likeliest thing missing. */
    private static String closer(Set<Integer> tokens, RuleContext ctx) {
        for (RuleContext c = ctx; c != null; c = c.parent) {
            if (c instanceof NodePatternContext) {
                return tokens.contains(RPAREN) ? "`)` to close the node pattern" : null;
            }
            if (c instanceof RelationshipDetailContext) {
                return tokens.contains(RBRACK) ? "`]` to close the relationship pattern" : null;
            }
            if (c instanceof ExpressionContext || c instanceof ClauseContext) {
                return null;
            }
        }
        return null;
    }

    private static boolean isReservedWord(int token) {
        String literal = VOCABULARY.getLiteralName(token);
        return literal != null && Character.isLetter(literal.charAt(1)) && !NAME_KEYWORDS.contains(token);
    }

    private static String name(int token) {
        switch (token) {
            case DECIMAL_INTEGER:
                return "an integer";
            case STRING_LITERAL:
                return "a string";
            default:
                break;
        }
        String literal = VOCABULARY.getLiteralName(token);
        if (literal == null) {
            return VOCABULARY.getDisplayName(token);
        }
        String text = literal.substring(1, literal.length() - 1);
        return Character.isLetter(text.charAt(0)) ? text : "`" + text + "`";
    }

    private static String join(List<String> phrases) {
        if (phrases.size() == 1) {
            return phrases.get(0);
        }
        return String.join(", ", phrases.subList(0, phrases.size() - 1)) + " or " + phrases.get(phrases.size() - 1);
    }
}
