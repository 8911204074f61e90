package org.quiver.parser;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** How names and strings are written in Cypher text so that the parser reads them back unchanged. */
final class CypherText {
    /** Every word the lexer makes a keyword of, in upper case. */
    private static final Set<String> KEYWORDS = keywords();

    private CypherText() {
    }

    /**
     * A name as written: plain when it is an identifier that is no keyword, else in backticks.
     * Non-reserved keywords are quoted too: a variable named {@code graph} must not turn
     * {@code RETURN graph} into {@code RETURN GRAPH}.
     */
    static String name(String name) {
        return isPlainIdentifier(name) && !isKeyword(name) ? name : quoted(name);
    }

    static String quoted(String name) {
        return "`" + name.replace("`", "``") + "`";
    }

    static boolean isKeyword(String name) {
        return KEYWORDS.contains(name.toUpperCase(Locale.ROOT));
    }

    /**
     * Letters, digits and underscores, not starting with a digit: a safe subset of the identifiers
     * the lexer accepts, so that anything else gets backticks.
     */
    static boolean isPlainIdentifier(String name) {
        if (name.isEmpty()) {
            return false;
        }
        int first = name.codePointAt(0);
        if (!Character.isLetter(first) && first != '_') {
            return false;
        }
        return name.codePoints().allMatch(c -> Character.isLetterOrDigit(c) || c == '_');
    }

    /** A string literal in single quotes, with quotes, backslashes and control characters escaped. */
    static String string(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2).append('\'');
        value.codePoints().forEach(c -> {
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\'' -> out.append("\\'");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    // A lone surrogate is escaped too: written raw it would not survive the lexer.
                    if (c < 0x20 || c == 0x7F || Character.getType(c) == Character.SURROGATE) {
                        out.append(String.format("\\u%04X", c));
                    } else {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.append('\'').toString();
    }

    private static Set<String> keywords() {
        Set<String> words = new HashSet<>();
        for (int type = 1; type <= CypherLexer.VOCABULARY.getMaxTokenType(); type++) {
            String literal = CypherLexer.VOCABULARY.getLiteralName(type);
            if (literal != null && literal.length() > 2 && Character.isLetter(literal.charAt(1))) {
                words.add(literal.substring(1, literal.length() - 1).toUpperCase(Locale.ROOT));
            }
        }
        return Set.copyOf(words);
    }
}
