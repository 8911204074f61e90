package org.quiver.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Reads expected values written in Cypher's literal notation: integers, floats, {@code 'strings'},
 * {@code true}/{@code false}/{@code null}, lists, maps, nodes {@code (:A:B {k: v})} and
 * relationships {@code [:T {k: v}]}. Nodes and relationships become {@link ExpectedNode} and
 * {@link ExpectedRelationship} (no ids: tests compare what a user sees).
 */
public final class ValueReader {
    private final String text;
    private int pos;

    private ValueReader(String text) {
        this.text = text;
    }

    public static Object read(String text) {
        ValueReader reader = new ValueReader(text.trim());
        Object value = reader.value();
        reader.skipSpace();
        if (reader.pos != reader.text.length()) {
            throw reader.error("unexpected text");
        }
        return value;
    }

    public record ExpectedNode(TreeSet<String> labels, Map<String, Object> properties) {
    }

    /** A path: nodes, relationships, and whether each relationship points forward along the path. */
    public record ExpectedPath(List<ExpectedNode> nodes, List<ExpectedRelationship> relationships, List<Boolean> forward) {
    }

    public record ExpectedRelationship(String type, Map<String, Object> properties) {
    }

    private Object value() {
        skipSpace();
        char c = peek();
        if (c == '\'' || c == '"') {
            return string();
        }
        if (c == '[') {
            if (lookingAt("[:")) {
                return relationship();
            }
            return list();
        }
        if (c == '{') {
            return map();
        }
        if (c == '(') {
            return node();
        }
        if (c == '<') {
            return path();
        }
        int start = pos;
        while (pos < text.length() && "+-.0123456789eEInfinityaNtruefalsn".indexOf(text.charAt(pos)) >= 0) {
            pos++;
        }
        String word = text.substring(start, pos);
        switch (word) {
            case "true":
                return true;
            case "false":
                return false;
            case "null":
                return null;
            case "NaN":
                return Double.NaN;
            case "Inf":
            case "Infinity":
                return Double.POSITIVE_INFINITY;
            case "-Inf":
            case "-Infinity":
                return Double.NEGATIVE_INFINITY;
            default:
                break;
        }
        if (word.isEmpty()) {
            throw error("expected a value");
        }
        if (word.matches("[+-]?\\d+")) {
            return Long.parseLong(word);
        }
        return Double.parseDouble(word);
    }

    private String string() {
        char quote = text.charAt(pos++);
        StringBuilder out = new StringBuilder();
        while (pos < text.length() && text.charAt(pos) != quote) {
            char c = text.charAt(pos++);
            if (c == '\\' && pos < text.length()) {
                char e = text.charAt(pos++);
                out.append(switch (e) {
                    case 'n' -> '\n';
                    case 't' -> '\t';
                    default -> e;
                });
            } else {
                out.append(c);
            }
        }
        expect(quote);
        return out.toString();
    }

    private ExpectedPath path() {
        expect('<');
        List<ExpectedNode> nodes = new ArrayList<>(List.of(node()));
        List<ExpectedRelationship> relationships = new ArrayList<>();
        List<Boolean> forward = new ArrayList<>();
        skipSpace();
        while (peek() != '>') {
            boolean backward = lookingAt("<-");
            pos += backward ? 2 : 1;
            relationships.add(relationship());
            forward.add(!backward);
            pos += backward ? 1 : 2;
            nodes.add(node());
            skipSpace();
        }
        expect('>');
        return new ExpectedPath(nodes, relationships, forward);
    }

    private List<Object> list() {
        expect('[');
        List<Object> out = new ArrayList<>();
        skipSpace();
        if (peek() == ']') {
            pos++;
            return out;
        }
        do {
            out.add(value());
            skipSpace();
        } while (accept(','));
        expect(']');
        return out;
    }

    private Map<String, Object> map() {
        expect('{');
        Map<String, Object> out = new LinkedHashMap<>();
        skipSpace();
        if (peek() == '}') {
            pos++;
            return out;
        }
        do {
            skipSpace();
            String key = name();
            skipSpace();
            expect(':');
            out.put(key, value());
            skipSpace();
        } while (accept(','));
        expect('}');
        return out;
    }

    private ExpectedNode node() {
        expect('(');
        TreeSet<String> labels = new TreeSet<>();
        skipSpace();
        while (accept(':')) {
            labels.add(name());
            skipSpace();
        }
        Map<String, Object> properties = peek() == '{' ? map() : Map.of();
        skipSpace();
        expect(')');
        return new ExpectedNode(labels, properties);
    }

    private ExpectedRelationship relationship() {
        expect('[');
        expect(':');
        String type = name();
        skipSpace();
        Map<String, Object> properties = peek() == '{' ? map() : Map.of();
        skipSpace();
        expect(']');
        return new ExpectedRelationship(type, properties);
    }

    private String name() {
        skipSpace();
        if (peek() == '`') {
            int end = text.indexOf('`', pos + 1);
            String name = text.substring(pos + 1, end);
            pos = end + 1;
            return name;
        }
        int start = pos;
        while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_')) {
            pos++;
        }
        if (start == pos) {
            throw error("expected a name");
        }
        return text.substring(start, pos);
    }

    private boolean lookingAt(String s) {
        return text.startsWith(s, pos);
    }

    private boolean accept(char c) {
        skipSpace();
        if (pos < text.length() && text.charAt(pos) == c) {
            pos++;
            return true;
        }
        return false;
    }

    private void expect(char c) {
        skipSpace();
        if (pos >= text.length() || text.charAt(pos) != c) {
            throw error("expected '" + c + "'");
        }
        pos++;
    }

    private char peek() {
        return pos < text.length() ? text.charAt(pos) : '\0';
    }

    private void skipSpace() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private IllegalArgumentException error(String what) {
        return new IllegalArgumentException(what + " at " + pos + " in: " + text);
    }
}
