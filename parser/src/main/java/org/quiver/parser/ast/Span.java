package org.quiver.parser.ast;

/**
 * Where an AST node starts in the query text (1-based line and column, 0-based character offset)
 * and where it ends (exclusive offset).
 *
 * <p>Spans never take part in equality: two ASTs that differ only in where their nodes were written
 * are equal, so {@code parse(print(ast)).equals(ast)} holds without a span-stripping pass.
 */
public record Span(int line, int column, int offset, int end) implements java.io.Serializable {
    /** The span of nodes that were built by code rather than parsed. */
    public static final Span NONE = new Span(0, 0, 0, 0);

    public boolean isKnown() {
        return line > 0;
    }

    /** The source text this span covers. */
    public String textIn(String query) {
        if (!isKnown() || end > query.length() || offset > end) {
            return "";
        }
        return query.substring(offset, end);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Span;
    }

    @Override
    public int hashCode() {
        return 0;
    }
}
