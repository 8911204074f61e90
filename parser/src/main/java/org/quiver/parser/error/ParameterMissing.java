package org.quiver.parser.error;

import org.quiver.parser.ast.Span;

/** A TCK {@code ParameterMissing}: see {@link CypherException}. */
public final class ParameterMissing extends CypherException {
    private static final long serialVersionUID = 1L;

    public ParameterMissing(String detail, String reason, Span span) {
        this(detail, reason, span, null, null);
    }

    public ParameterMissing(String detail, String reason, Span span, String query, Throwable cause) {
        super(detail, reason, span, query, cause);
    }

    @Override
    public String errorType() {
        return "ParameterMissing";
    }

    @Override
    public ParameterMissing withQuery(String query) {
        return new ParameterMissing(detail().orElse(null), reason(), span().orElse(null), query, getCause());
    }
}
