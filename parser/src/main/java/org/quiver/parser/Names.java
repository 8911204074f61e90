package org.quiver.parser;

import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;

/** The name a name rule stands for: its text as written, backticks removed. */
final class Names {
    private Names() {
    }

    /** The name of a {@code variable}, {@code symbolicName}, {@code schemaName} or similar rule. */
    static String of(ParserRuleContext ctx) {
        Token token = ctx.getStart();
        return token.getType() == CypherParser.ESCAPED_NAME
                ? LiteralParser.escapedName(token.getText())
                : token.getText();
    }
}
