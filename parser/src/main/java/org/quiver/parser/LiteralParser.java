package org.quiver.parser;

import java.math.BigInteger;
import java.util.Locale;
import org.antlr.v4.runtime.Token;
import org.quiver.parser.ast.Span;

/**
 * Turns the text of number, string and quoted-name tokens into values, reporting malformed ones
 * as syntax errors at the character where they go wrong.
 */
final class LiteralParser {
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);
    /** 2^63: written after a minus sign it is Long.MIN_VALUE, written alone it overflows. */
    static final BigInteger LONG_MIN_MAGNITUDE = LONG_MAX.add(BigInteger.ONE);

    private final SourceText source;

    LiteralParser(SourceText source) {
        this.source = source;
    }

    /** The magnitude of a decimal, hexadecimal or octal integer token; the caller checks the range. */
    BigInteger integerMagnitude(Token token) {
        String text = token.getText();
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.startsWith("0x")) {
            return new BigInteger(text.substring(2), 16);
        }
        if (lower.startsWith("0o")) {
            return new BigInteger(text.substring(2), 8);
        }
        return new BigInteger(text);
    }

    /** An integer token as a long, failing with IntegerOverflow when it does not fit. */
    long integer(Token token) {
        BigInteger value = integerMagnitude(token);
        if (value.compareTo(LONG_MAX) > 0) {
            throw overflow(token);
        }
        return value.longValue();
    }

    RuntimeException overflow(Token token) {
        return source.error("IntegerOverflow",
                "Integer literal '" + token.getText() + "' is too large for a 64-bit integer", source.of(token));
    }

    double floating(Token token) {
        double value = Double.parseDouble(token.getText());
        if (Double.isInfinite(value)) {
            throw source.error("FloatingPointOverflow",
                    "Float literal '" + token.getText() + "' is too large for a 64-bit float", source.of(token));
        }
        return value;
    }

    /** A quoted string with its escapes resolved. */
    String string(Token token) {
        String text = token.getText();
        StringBuilder out = new StringBuilder(text.length());
        int last = text.length() - 1;
        for (int i = 1; i < last; i++) {
            char c = text.charAt(i);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char escape = text.charAt(i + 1);
            switch (escape) {
                case '\\', '\'', '"' -> out.append(escape);
                case 'b', 'B' -> out.append('\b');
                case 'f', 'F' -> out.append('\f');
                case 'n', 'N' -> out.append('\n');
                case 'r', 'R' -> out.append('\r');
                case 't', 'T' -> out.append('\t');
                case 'u', 'U' -> {
                    int digits = escape == 'u' ? 4 : 8;
                    out.appendCodePoint(codePoint(token, text, i, digits, last));
                    i += digits;
                }
                default -> throw source.error("UnexpectedSyntax",
                        "Invalid escape sequence '\\" + escape + "' in string literal", at(token, i, 2));
            }
            i++;
        }
        return out.toString();
    }

    /** A `quoted name` without its backticks; a doubled backtick stands for one. */
    static String escapedName(String text) {
        return text.substring(1, text.length() - 1).replace("``", "`");
    }

    private int codePoint(Token token, String text, int backslash, int digits, int last) {
        int from = backslash + 2;
        int to = from + digits;
        boolean valid = to <= last;
        for (int i = from; valid && i < to; i++) {
            valid = Character.digit(text.charAt(i), 16) >= 0;
        }
        int value = valid ? (int) Long.parseLong(text.substring(from, to), 16) : -1;
        if (!valid || !Character.isValidCodePoint(value)) {
            String written = text.substring(backslash, Math.min(to, last));
            throw source.error("InvalidUnicodeLiteral",
                    "Invalid unicode escape '" + written + "': expected " + digits + " hexadecimal digits"
                            + " naming a code point", at(token, backslash, written.length()));
        }
        return value;
    }

    private Span at(Token token, int index, int length) {
        int start = source.startOf(token) + index;
        return source.at(start, start + length);
    }
}
