package org.quiver.parser.error;

import org.quiver.parser.ast.Span;

/** A TCK {@code TypeError}: see {@link CypherException}. */
public final class TypeError extends CypherException {
    private static final long serialVersionUID = 1L;

    public TypeError(String detail, String reason, Span span) {
        this(detail, reason, span, null, null);
    }

    public TypeError(String detail, String reason, Span span, String query, Throwable cause) {
        super(detail, reason, span, query, cause);
    }

    @Override
    public String errorType() {
        return "TypeError";
    }

    @Override
    public TypeError withQuery(String query) {
        return new TypeError(detail().orElse(null), reason(), span().orElse(null), query, getCause());
    }
}
