package org.quiver.parser.error;

import org.quiver.parser.ast.Span;

/** A query stopped because it went past a configured resource limit (hops, rows, time): see {@link CypherException}. */
public final class LimitExceeded extends CypherException {
    private static final long serialVersionUID = 1L;

    public LimitExceeded(String detail, String reason, Span span) {
        this(detail, reason, span, null, null);
    }

    public LimitExceeded(String detail, String reason, Span span, String query, Throwable cause) {
        super(detail, reason, span, query, cause);
    }

    @Override
    public String errorType() {
        return "LimitExceeded";
    }

    @Override
    public LimitExceeded withQuery(String query) {
        return new LimitExceeded(detail().orElse(null), reason(), span().orElse(null), query, getCause());
    }
}
