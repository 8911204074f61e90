package org.quiver.shell;

import java.util.List;
import org.jline.reader.CompletingParsedLine;
import org.jline.reader.EOFError;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser;
import org.quiver.cli.StatementSplitter;

/**
 * How the shell's line reader reads its buffer. On Enter, a statement not yet ended by a {@code ;}
 * (outside strings and comments) asks for another line; a shell command ({@code :help}) and a
 * blank line end at once. For completion, the word at the cursor is the name being typed, with the
 * {@code :} before a label or relationship type.
 */
final class ShellParser implements Parser {

    @Override
    public ParsedLine parse(String line, int cursor, ParseContext context) {
        if (context == ParseContext.ACCEPT_LINE && !isCommand(line) && StatementSplitter.isUnfinished(line)) {
            throw new EOFError(-1, -1, "the statement goes on until a ;");
        }
        int start = cursor;
        while (start > 0 && isNamePart(line.charAt(start - 1))) {
            start--;
        }
        if (start > 0 && line.charAt(start - 1) == ':') {
            start--;
        }
        String word = line.substring(start, cursor);
        return new Word(word, cursor - start, line, cursor);
    }

    static boolean isCommand(String text) {
        return text.stripLeading().startsWith(":");
    }

    static boolean isNamePart(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    /**
     * The one word completion works on; JLine needs no other words of the line. Names are not
     * quoted or escaped, so a candidate goes in as it is.
     */
    private record Word(String word, int wordCursor, String line, int cursor) implements CompletingParsedLine {
        @Override
        public CharSequence escape(CharSequence candidate, boolean complete) {
            return candidate;
        }

        @Override
        public int rawWordCursor() {
            return wordCursor;
        }

        @Override
        public int rawWordLength() {
            return word.length();
        }

        @Override
        public int wordIndex() {
            return 0;
        }

        @Override
        public List<String> words() {
            return List.of(word);
        }
    }
}
