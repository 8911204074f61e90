package org.quiver.parser;

import org.quiver.parser.ast.Statement;
import org.quiver.parser.error.SyntaxError;

/**
 * Parses Cypher text into an AST.
 *
 * <pre>{@code
 * Statement s = QueryParser.parse("MATCH (p:Person) RETURN p.name");
 * }</pre>
 */
public final class QueryParser {
    private QueryParser() {
    }

    /**
     * Parses one statement; the whole text must be one statement (a trailing {@code ;} is allowed).
     *
     * @throws SyntaxError at the first error, with line, column and the query text for the caret
     */
    public static Statement parse(String query) {
        throw new UnsupportedOperationException("parser not written yet");
    }
}
