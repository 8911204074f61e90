package org.quiver.parser;

import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;
import org.quiver.parser.ast.Span;
import org.quiver.parser.error.LimitExceeded;

/**
 * How deeply a query nests brackets ({@code ( [ {}), found with the lexer so that brackets in
 * strings, names and comments do not count. Parsing time grows faster than the text where list
 * comprehensions and list literals nest (the parser looks ahead to tell them apart), so queries
 * nesting deeper than {@link #LIMIT} are refused before parsing.
 */
final class BracketNesting {
    static final int LIMIT = 1000;

    private BracketNesting() {
    }

    record Deepest(Span span, int depth) {
    }

    /** Throws {@link LimitExceeded} at the first bracket that goes past {@link #LIMIT}. */
    static void check(String query) {
        Deepest deepest = deepest(query);
        if (deepest.depth() > LIMIT) {
            throw new LimitExceeded("NestingTooDeep", "Brackets nest " + deepest.depth()
                    + " levels deep here; Quiver compiles up to " + LIMIT + " levels", deepest.span(), query, null);
        }
    }

    /** The opening bracket (of any kind) where nesting is deepest, and that depth. */
    static Deepest deepest(String query) {
        SourceText source = new SourceText(query);
        int depth = 0;
        Deepest deepest = new Deepest(source.at(0, 0), 0);
        for (Token token : new CypherLexer(CharStreams.fromString(query)).getAllTokens()) {
            int type = token.getType();
            if (type == CypherLexer.LPAREN || type == CypherLexer.LBRACK || type == CypherLexer.LBRACE) {
                depth++;
                if (depth > deepest.depth()) {
                    deepest = new Deepest(source.of(token), depth);
                }
            } else if (type == CypherLexer.RPAREN || type == CypherLexer.RBRACK || type == CypherLexer.RBRACE) {
                depth = Math.max(0, depth - 1);
            }
        }
        return deepest;
    }
}
