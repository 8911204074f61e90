package org.quiver.shell;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;
import org.quiver.parser.CypherLexer;
import org.quiver.planner.schema.GraphSchema;

/**
 * Completes what the shell's user types: after {@code :} at the start of the line, a shell command;
 * after {@code :} elsewhere, a label or relationship type; after {@code .}, a property key; else a
 * Cypher keyword. Names come from the schema of the graph the shell queries now.
 */
final class ShellCompleter implements Completer {
    static final List<String> COMMANDS = List.of(":help", ":graphs", ":schema", ":explain", ":param", ":params",
            ":timing", ":quit", ":exit");
    private static final Set<String> KEYWORDS = keywords();

    private final Supplier<GraphSchema> schema;

    ShellCompleter(Supplier<GraphSchema> schema) {
        this.schema = schema;
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        // A keyword or command is followed by a space; a name is often followed by ')' or ']'.
        candidates(line.line(), line.cursor() - line.wordCursor(), line.word()).forEach(c -> candidates.add(
                new Candidate(c, c, null, null, null, null, isKeywordOrCommand(c))));
    }

    /** The completions of {@code word}, which starts at {@code start} of {@code line}. */
    List<String> candidates(String line, int start, String word) {
        if (word.startsWith(":")) {
            if (line.substring(0, start).isBlank()) {
                return COMMANDS.stream().filter(c -> c.startsWith(word)).toList();
            }
            GraphSchema now = schema.get();
            Set<String> names = new TreeSet<>(now.labels());
            names.addAll(now.relationshipTypes().keySet());
            return names.stream().map(n -> ":" + n).filter(n -> n.startsWith(word)).toList();
        }
        if (start > 0 && line.charAt(start - 1) == '.') {
            return schema.get().propertyKeys().stream().filter(k -> k.startsWith(word)).toList();
        }
        if (word.isEmpty()) {
            return List.of();
        }
        String upper = word.toUpperCase(Locale.ROOT);
        return KEYWORDS.stream().filter(k -> k.startsWith(upper)).toList();
    }

    private static boolean isKeywordOrCommand(String candidate) {
        return KEYWORDS.contains(candidate) || COMMANDS.contains(candidate);
    }

    /** The words the lexer makes keywords of, upper case, sorted. */
    private static Set<String> keywords() {
        Set<String> words = new TreeSet<>();
        for (int type = 1; type <= CypherLexer.VOCABULARY.getMaxTokenType(); type++) {
            String literal = CypherLexer.VOCABULARY.getLiteralName(type);
            if (literal != null && literal.length() > 3 && Character.isLetter(literal.charAt(1))) {
                words.add(literal.substring(1, literal.length() - 1).toUpperCase(Locale.ROOT));
            }
        }
        return words;
    }
}
