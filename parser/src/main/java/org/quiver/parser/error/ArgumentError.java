package org.quiver.parser.error;

import org.quiver.parser.ast.Span;

/** A TCK {@code ArgumentError}: see {@link CypherException}. */
public final class ArgumentError extends CypherException {
    private static final long serialVersionUID = 1L;

    public ArgumentError(String detail, String reason, Span span) {
        this(detail, reason, span, null, null);
    }

    public ArgumentError(String detail, String reason, Span span, String query, Throwable cause) {
        super(detail, reason, span, query, cause);
    }

    @Override
    public String errorType() {
        return "ArgumentError";
    }

    @Override
    public ArgumentError withQuery(String query) {
        return new ArgumentError(detail().orElse(null), reason(), span().orElse(null), query, getCause());
    }
}
