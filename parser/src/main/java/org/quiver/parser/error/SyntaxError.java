package org.quiver.parser.error;

import org.quiver.parser.ast.Span;

/** A TCK {@code SyntaxError}: see {@link CypherException}. */
public final class SyntaxError extends CypherException {
    private static final long serialVersionUID = 1L;

    public SyntaxError(String detail, String reason, Span span) {
        this(detail, reason, span, null, null);
    }

    public SyntaxError(String detail, String reason, Span span, String query, Throwable cause) {
        super(detail, reason, span, query, cause);
    }

    @Override
    public String errorType() {
        return "SyntaxError";
    }

    @Override
    public SyntaxError withQuery(String query) {
        return new SyntaxError(detail().orElse(null), reason(), span().orElse(null), query, getCause());
    }
}
