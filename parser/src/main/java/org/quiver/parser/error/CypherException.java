package org.quiver.parser.error;

import java.util.Optional;
import org.quiver.parser.ast.Span;

/**
 * A user mistake in a query or in data: what went wrong ({@link #errorType()}, {@link #detail()},
 * {@link #reason()}) and where ({@link #span()} in {@link #query()}).
 *
 * <p>{@link #getMessage()} renders the TCK's form with a caret line:
 * <pre>
 * SemanticError (UndefinedVariable): Variable `b` not defined at line 1, column 27
 * MATCH (a) RETURN a.name, b.name
 *                           ^
 * </pre>
 */
public abstract class CypherException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String detail;
    private final String reason;
    private final Span span;
    private final String query;

    protected CypherException(String detail, String reason, Span span, String query, Throwable cause) {
        super(reason, cause);
        this.detail = detail;
        this.reason = reason;
        this.span = span == null ? Span.NONE : span;
        this.query = query;
    }

    /** The TCK error class: {@code SyntaxError}, {@code SemanticError}, {@code TypeError}, … */
    public abstract String errorType();

    /** The TCK detail code such as {@code UndefinedVariable}, when there is one. */
    public Optional<String> detail() {
        return Optional.ofNullable(detail);
    }

    /** The message without position or caret. */
    public String reason() {
        return reason;
    }

    public Optional<Span> span() {
        return span.isKnown() ? Optional.of(span) : Optional.empty();
    }

    public Optional<String> query() {
        return Optional.ofNullable(query);
    }

    /** The same error, now knowing the query it came from (errors raised deep down lack it). */
    public abstract CypherException withQuery(String query);

    @Override
    public String getMessage() {
        StringBuilder out = new StringBuilder(errorType());
        if (detail != null) {
            out.append(" (").append(detail).append(')');
        }
        out.append(": ").append(reason);
        if (span.isKnown()) {
            out.append(" at line ").append(span.line()).append(", column ").append(span.column());
            if (query != null) {
                String[] lines = query.split("\r\n|\r|\n", -1);
                if (span.line() <= lines.length) {
                    String line = lines[span.line() - 1];
                    out.append('\n').append(line).append('\n');
                    out.append(" ".repeat(Math.max(0, Math.min(span.column() - 1, line.length())))).append('^');
                }
            }
        }
        return out.toString();
    }
}
