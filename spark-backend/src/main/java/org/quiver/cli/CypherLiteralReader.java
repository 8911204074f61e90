package org.quiver.cli;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the Cypher literal of a {@code --param} value: integers ({@code 42}, {@code -7},
 * {@code 0x1F}, {@code 0o17}), floats ({@code 1.5}, {@code .5}, {@code 1e3}), strings in single or
 * double quotes with Cypher's backslash escapes, {@code true}, {@code false}, {@code null} (any
 * case), lists {@code [1, 'a']} and maps {@code {name: 'Alice', `odd key`: 1}}.
 *
 * <p>Values come out as the Java values of {@link org.quiver.api.CypherResult}: {@code Long},
 * {@code Double}, {@code String}, {@code Boolean}, {@code null}, {@code List} and {@code Map}.
 */
public final class CypherLiteralReader {
    private static final Pattern NUMBER = Pattern.compile(
            "-?(?:0x(?<hex>[0-9a-fA-F]+)|0o(?<oct>[0-7]+)"
                    + "|(?<float>(?:\\d+\\.\\d+|\\.\\d+)(?:[eE][-+]?\\d+)?|\\d+[eE][-+]?\\d+)|(?<int>\\d+))");
    private static final Pattern WORD = Pattern.compile("[\\p{L}_][\\p{L}\\p{N}_]*");

    private final String text;
    private int at;

    private CypherLiteralReader(String text) {
        this.text = text;
    }

    /** The value of {@code text}, which must be one literal and nothing else but whitespace. */
    public static Object read(String text) {
        CypherLiteralReader reader = new CypherLiteralReader(text);
        Object value = reader.value();
        reader.skipWhitespace();
        if (reader.at < text.length()) {
            throw reader.error("unexpected '" + text.charAt(reader.at) + "' after the value");
        }
        return value;
    }

    private Object value() {
        skipWhitespace();
        if (at >= text.length()) {
            throw error("a value is missing");
        }
        char c = text.charAt(at);
        if (c == '\'' || c == '"') {
            return string(c);
        }
        if (c == '[') {
            return list();
        }
        if (c == '{') {
            return map();
        }
        if (c == '-' || c == '.' || Character.isDigit(c)) {
            return number();
        }
        Matcher word = WORD.matcher(text).region(at, text.length());
        if (word.lookingAt()) {
            at = word.end();
            switch (word.group().toLowerCase(Locale.ROOT)) {
                case "true":
                    return Boolean.TRUE;
                case "false":
                    return Boolean.FALSE;
                case "null":
                    return null;
                default:
                    at = word.start();
                    throw error("'" + word.group() + "' is not a literal");
            }
        }
        throw error("unexpected '" + c + "'");
    }

    private Object number() {
        Matcher m = NUMBER.matcher(text).region(at, text.length());
        if (!m.lookingAt() || (m.end() < text.length() && WORD.matcher(text.substring(m.end(), m.end() + 1)).matches())) {
            throw error("not a number");
        }
        int start = at;
        at = m.end();
        boolean negative = text.charAt(start) == '-';
        try {
            if (m.group("float") != null) {
                return Double.parseDouble(text.substring(start, at));
            }
            if (m.group("int") != null) {
                return Long.parseLong(text.substring(start, at));
            }
            String digits = m.group("hex") != null ? m.group("hex") : m.group("oct");
            long magnitude = Long.parseUnsignedLong(digits, m.group("hex") != null ? 16 : 8);
            if (magnitude < 0 && !(negative && magnitude == Long.MIN_VALUE)) {
                throw new NumberFormatException();
            }
            return negative ? -magnitude : magnitude;
        } catch (NumberFormatException e) {
            at = start;
            throw error("integer " + m.group() + " is out of range");
        }
    }

    private String string(char quote) {
        int start = at++;
        StringBuilder out = new StringBuilder();
        while (at < text.length()) {
            char c = text.charAt(at++);
            if (c == quote) {
                return out.toString();
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            if (at >= text.length()) {
                break;
            }
            char escaped = text.charAt(at++);
            switch (escaped) {
                case 't' -> out.append('\t');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case '\\', '\'', '"' -> out.append(escaped);
                case 'u' -> out.append(unicode(4));
                case 'U' -> out.appendCodePoint(codePoint(unicode(8)));
                default -> {
                    at -= 2;
                    throw error("unknown escape \\" + escaped);
                }
            }
        }
        at = start;
        throw error("the string is not closed");
    }

    private String unicode(int digits) {
        if (at + digits > text.length() || !text.substring(at, at + digits).matches("[0-9a-fA-F]+")) {
            throw error("\\u needs " + digits + " hex digits");
        }
        String hex = text.substring(at, at + digits);
        at += digits;
        return digits == 4 ? String.valueOf((char) Integer.parseInt(hex, 16)) : hex;
    }

    private int codePoint(String hex) {
        long value = Long.parseLong(hex, 16);
        if (!Character.isValidCodePoint((int) value) || value > Character.MAX_CODE_POINT) {
            at -= 10;
            throw error("\\U" + hex + " is not a Unicode code point");
        }
        return (int) value;
    }

    private List<Object> list() {
        at++;
        List<Object> items = new ArrayList<>();
        skipWhitespace();
        if (peek(']')) {
            at++;
            return Collections.unmodifiableList(items);
        }
        do {
            items.add(value());
            skipWhitespace();
        } while (accept(','));
        expect(']');
        return Collections.unmodifiableList(items);
    }

    private Map<String, Object> map() {
        at++;
        Map<String, Object> entries = new LinkedHashMap<>();
        skipWhitespace();
        if (peek('}')) {
            at++;
            return Collections.unmodifiableMap(entries);
        }
        do {
            skipWhitespace();
            String key = key();
            skipWhitespace();
            expect(':');
            if (entries.containsKey(key)) {
                throw error("key '" + key + "' appears twice");
            }
            entries.put(key, value());
            skipWhitespace();
        } while (accept(','));
        expect('}');
        return Collections.unmodifiableMap(entries);
    }

    private String key() {
        if (peek('`')) {
            int start = at++;
            StringBuilder out = new StringBuilder();
            while (at < text.length()) {
                char c = text.charAt(at++);
                if (c != '`') {
                    out.append(c);
                } else if (peek('`')) {
                    out.append('`');
                    at++;
                } else {
                    return out.toString();
                }
            }
            at = start;
            throw error("the backquoted key is not closed");
        }
        if (peek('\'') || peek('"')) {
            return string(text.charAt(at));
        }
        Matcher word = WORD.matcher(text).region(at, text.length());
        if (!word.lookingAt()) {
            throw error("a map key is missing");
        }
        at = word.end();
        return word.group();
    }

    private void expect(char c) {
        if (!accept(c)) {
            throw error(at < text.length() ? "expected '" + c + "' but found '" + text.charAt(at) + "'" : "expected '" + c + "'");
        }
    }

    private boolean accept(char c) {
        skipWhitespace();
        if (peek(c)) {
            at++;
            return true;
        }
        return false;
    }

    private boolean peek(char c) {
        return at < text.length() && text.charAt(at) == c;
    }

    private void skipWhitespace() {
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
    }

    private IllegalArgumentException error(String reason) {
        return new IllegalArgumentException(reason + " at character " + (at + 1));
    }
}
