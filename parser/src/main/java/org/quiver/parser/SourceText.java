package org.quiver.parser;

import java.util.Arrays;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.quiver.parser.ast.Span;
import org.quiver.parser.error.SyntaxError;

/**
 * The query text, and the spans of tokens and rules in it.
 *
 * <p>ANTLR counts code points while Java strings (and so {@link Span#textIn}) count UTF-16 units;
 * a query with characters outside the BMP would otherwise get spans that cut them in half. Lines
 * and columns are computed here too, so that {@code \r\n} and lone {@code \r} count as one line
 * break each, as the caret rendering of {@code CypherException} splits them.
 */
public final class SourceText {
    private final String query;
    /** UTF-16 offset of each code point, or null when the two coincide. */
    private final int[] charOffsets;
    private final int[] lineStarts;

    public SourceText(String query) {
        this.query = query;
        this.charOffsets = query.length() == query.codePointCount(0, query.length()) ? null : charOffsetsOf(query);
        this.lineStarts = lineStartsOf(query);
    }

    public String query() {
        return query;
    }

    public Span of(ParserRuleContext ctx) {
        Token stop = ctx.getStop() == null || ctx.getStop().getStopIndex() < ctx.getStart().getStartIndex()
                ? ctx.getStart() : ctx.getStop();
        return between(ctx.getStart(), stop);
    }

    public Span of(Token token) {
        return between(token, token);
    }

    Span between(ParserRuleContext first, ParserRuleContext last) {
        return between(first.getStart(), last.getStop() == null ? last.getStart() : last.getStop());
    }

    public Span between(Token first, Token last) {
        int start = charOffset(first.getStartIndex());
        int end = first.getType() == Token.EOF ? query.length() : charOffset(last.getStopIndex() + 1);
        return at(start, Math.max(start, end));
    }

    /** The span from one UTF-16 offset to another. */
    public Span at(int start, int end) {
        int line = Arrays.binarySearch(lineStarts, start);
        if (line < 0) {
            line = -line - 2;
        }
        return new Span(line + 1, start - lineStarts[line] + 1, start, end);
    }

    /** The UTF-16 offset where the token starts. */
    int startOf(Token token) {
        return charOffset(token.getStartIndex());
    }

    public SyntaxError error(String detail, String reason, Span span) {
        return new SyntaxError(detail, reason, span, query, null);
    }

    private int charOffset(int codePointIndex) {
        if (codePointIndex < 0) {
            return 0;
        }
        if (charOffsets == null) {
            return Math.min(codePointIndex, query.length());
        }
        return codePointIndex >= charOffsets.length ? query.length() : charOffsets[codePointIndex];
    }

    private static int[] charOffsetsOf(String query) {
        int[] offsets = new int[query.codePointCount(0, query.length())];
        for (int cp = 0, i = 0; i < query.length(); cp++) {
            offsets[cp] = i;
            i += Character.charCount(query.codePointAt(i));
        }
        return offsets;
    }

    private static int[] lineStartsOf(String query) {
        int[] starts = new int[8];
        int count = 1;
        for (int i = 0; i < query.length(); i++) {
            char c = query.charAt(i);
            boolean crlf = c == '\r' && i + 1 < query.length() && query.charAt(i + 1) == '\n';
            if (c == '\n' || (c == '\r' && !crlf)) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        return Arrays.copyOf(starts, count);
    }
}
