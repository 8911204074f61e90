package org.quiver.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a script into its {@code ;}-separated statements. A {@code ;} inside a string
 * ({@code '…'}, {@code "…"}, with backslash escapes), a backquoted name or a comment
 * ({@code // …}, {@code /* … *}{@code /}) does not split. Statements that hold only whitespace and
 * comments are left out. Comments stay in the statement text; the parser skips them.
 */
public final class StatementSplitter {
    private StatementSplitter() {
    }

    public static List<ScriptStatement> split(String script) {
        List<ScriptStatement> statements = new ArrayList<>();
        scan(script, statements);
        return List.copyOf(statements);
    }

    /**
     * True when {@code text} stops inside a statement: code after its last {@code ;}, or an
     * unclosed string, backquoted name or block comment. An interactive shell reads more lines then.
     */
    public static boolean isUnfinished(String text) {
        return scan(text, new ArrayList<>());
    }

    /** Adds the statements of {@code script}; returns whether it ends inside one. */
    private static boolean scan(String script, List<ScriptStatement> statements) {
        int start = 0;
        int i = 0;
        boolean hasCode = false;
        boolean unclosed = false;
        while (i < script.length()) {
            char c = script.charAt(i);
            char next = i + 1 < script.length() ? script.charAt(i + 1) : 0;
            if (c == '/' && next == '/') {
                i = endOf(script, i + 2, "\n");
                i = i < 0 ? script.length() : i;
            } else if (c == '/' && next == '*') {
                i = endOf(script, i + 2, "*/");
            } else if (c == '\'' || c == '"') {
                i = endOfString(script, i + 1, c);
                hasCode = true;
            } else if (c == '`') {
                i = endOf(script, i + 1, "`");
                hasCode = true;
            } else if (c == ';') {
                add(statements, script, start, i, hasCode);
                start = ++i;
                hasCode = false;
            } else {
                hasCode |= !Character.isWhitespace(c);
                i++;
            }
            if (i < 0) {
                unclosed = true;
                i = script.length();
            }
        }
        add(statements, script, start, script.length(), hasCode);
        return hasCode || unclosed;
    }

    private static void add(List<ScriptStatement> statements, String script, int start, int end, boolean hasCode) {
        if (!hasCode) {
            return;
        }
        while (Character.isWhitespace(script.charAt(start))) {
            start++;
        }
        while (Character.isWhitespace(script.charAt(end - 1))) {
            end--;
        }
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < start; i++) {
            if (script.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        statements.add(new ScriptStatement(script.substring(start, end), line, start - lineStart + 1));
    }

    /** The index after {@code terminator}, or -1 when it is missing. */
    private static int endOf(String script, int from, String terminator) {
        int at = script.indexOf(terminator, from);
        return at < 0 ? -1 : at + terminator.length();
    }

    private static int endOfString(String script, int from, char quote) {
        int i = from;
        while (i < script.length()) {
            char c = script.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == quote) {
                return i + 1;
            } else {
                i++;
            }
        }
        return -1;
    }
}
