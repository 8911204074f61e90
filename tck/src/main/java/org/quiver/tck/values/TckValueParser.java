package org.quiver.tck.values;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a value in the TCK's notation (result cells, parameters) into Java values: {@code Long},
 * {@code Double}, {@code String}, {@code Boolean}, {@code null}, {@code List}, {@code Map} (which
 * may hold nulls), {@link ExpectedNode}, {@link ExpectedRelationship} and {@link ExpectedPath}.
 *
 * <pre>{@code
 * TckValueParser.parse("[1, 2.5e3, 'it\\'s', {k: null}, (:A {x: -Inf})]");
 * }</pre>
 */
public final class TckValueParser {
    private final String text;
    private int pos;

    private TckValueParser(String text) {
        this.text = text;
    }

    /** The value written in {@code text}; an {@link IllegalArgumentException} if it is not one value. */
    public static Object parse(String text) {
        TckValueParser parser = new TckValueParser(text);
        Object value = parser.value();
        parser.skipBlanks();
        if (parser.pos != text.length()) {
            throw parser.error("unexpected text after the value");
        }
        return value;
    }

    private Object value() {
        skipBlanks();
        if (pos >= text.length()) {
            throw error("value expected");
        }
        char c = text.charAt(pos);
        switch (c) {
            case '\'':
                return string();
            case '[':
                return peekAfterBlanks(pos + 1) == ':' ? relationship() : list();
            case '{':
                return map();
            case '(':
                return node();
            case '<':
                return path();
            default:
                break;
        }
        if (c == '-' || c == '.' || Character.isDigit(c)) {
            return number();
        }
        String word = identifier();
        return switch (word) {
            case "null" -> null;
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            case "NaN" -> Double.NaN;
            case "Inf", "Infinity" -> Double.POSITIVE_INFINITY;
            default -> throw error("unknown word '" + word + "'");
        };
    }

    private Object number() {
        int start = pos;
        if (text.charAt(pos) == '-') {
            pos++;
            if (text.startsWith("Inf", pos)) {
                identifier();
                return Double.NEGATIVE_INFINITY;
            }
        }
        boolean floating = false;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (Character.isDigit(c)) {
                pos++;
            } else if (c == '.' || c == 'e' || c == 'E') {
                floating = true;
                pos++;
                if ((c == 'e' || c == 'E') && pos < text.length() && (text.charAt(pos) == '-' || text.charAt(pos) == '+')) {
                    pos++;
                }
            } else {
                break;
            }
        }
        String literal = text.substring(start, pos);
        try {
            return floating ? (Object) Double.parseDouble(literal) : (Object) Long.parseLong(literal);
        } catch (NumberFormatException e) {
            throw error("bad number '" + literal + "'");
        }
    }

    private String string() {
        StringBuilder out = new StringBuilder();
        pos++;
        while (true) {
            if (pos >= text.length()) {
                throw error("string not closed");
            }
            char c = text.charAt(pos++);
            if (c == '\'') {
                return out.toString();
            }
            if (c != '\\' || pos >= text.length()) {
                out.append(c);
                continue;
            }
            char e = text.charAt(pos++);
            switch (e) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'u' -> {
                    if (pos + 4 > text.length()) {
                        throw error("bad \\u escape");
                    }
                    out.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
                    pos += 4;
                }
                default -> out.append(e);
            }
        }
    }

    private List<Object> list() {
        expect('[');
        List<Object> items = new ArrayList<>();
        if (peekAfterBlanks(pos) == ']') {
            expect(']');
            return Collections.unmodifiableList(items);
        }
        do {
            items.add(value());
        } while (accept(','));
        expect(']');
        return Collections.unmodifiableList(items);
    }

    private Map<String, Object> map() {
        expect('{');
        Map<String, Object> entries = new LinkedHashMap<>();
        if (peekAfterBlanks(pos) == '}') {
            expect('}');
            return Collections.unmodifiableMap(entries);
        }
        do {
            skipBlanks();
            String key = name();
            expect(':');
            if (entries.containsKey(key)) {
                throw error("key '" + key + "' twice");
            }
            entries.put(key, value());
        } while (accept(','));
        expect('}');
        return Collections.unmodifiableMap(entries);
    }

    private ExpectedNode node() {
        expect('(');
        List<String> labels = new ArrayList<>();
        while (accept(':')) {
            skipBlanks();
            labels.add(name());
        }
        Map<String, Object> properties = peekAfterBlanks(pos) == '{' ? map() : Map.of();
        expect(')');
        return new ExpectedNode(labels, properties);
    }

    private ExpectedRelationship relationship() {
        expect('[');
        expect(':');
        skipBlanks();
        String type = name();
        Map<String, Object> properties = peekAfterBlanks(pos) == '{' ? map() : Map.of();
        expect(']');
        return new ExpectedRelationship(type, properties);
    }

    private ExpectedPath path() {
        expect('<');
        List<ExpectedNode> nodes = new ArrayList<>(List.of(node()));
        List<ExpectedRelationship> relationships = new ArrayList<>();
        List<Boolean> forward = new ArrayList<>();
        while (peekAfterBlanks(pos) != '>') {
            boolean backward = accept('<');
            expect('-');
            relationships.add(relationship());
            expect('-');
            boolean pointsForward = accept('>');
            if (backward == pointsForward) {
                throw error("a path relationship needs exactly one direction");
            }
            forward.add(pointsForward);
            nodes.add(node());
        }
        expect('>');
        return new ExpectedPath(nodes, relationships, forward);
    }

    /** A label, type or key: an identifier or a name in backticks. */
    private String name() {
        if (pos < text.length() && text.charAt(pos) == '`') {
            int end = text.indexOf('`', pos + 1);
            if (end < 0) {
                throw error("backtick not closed");
            }
            String name = text.substring(pos + 1, end);
            pos = end + 1;
            return name;
        }
        return identifier();
    }

    private String identifier() {
        int start = pos;
        while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_')) {
            pos++;
        }
        if (start == pos) {
            throw error("name expected");
        }
        return text.substring(start, pos);
    }

    private boolean accept(char c) {
        skipBlanks();
        if (pos < text.length() && text.charAt(pos) == c) {
            pos++;
            return true;
        }
        return false;
    }

    private void expect(char c) {
        if (!accept(c)) {
            throw error("'" + c + "' expected");
        }
    }

    private char peekAfterBlanks(int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i < text.length() ? text.charAt(i) : '\0';
    }

    private void skipBlanks() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private IllegalArgumentException error(String message) {
        return new IllegalArgumentException(message + " at " + pos + " in: " + text);
    }
}
