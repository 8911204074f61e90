package org.quiver.parser.error;

import org.quiver.parser.ast.Span;

/** A TCK {@code ProcedureError}: see {@link CypherException}. */
public final class ProcedureError extends CypherException {
    private static final long serialVersionUID = 1L;

    public ProcedureError(String detail, String reason, Span span) {
        this(detail, reason, span, null, null);
    }

    public ProcedureError(String detail, String reason, Span span, String query, Throwable cause) {
        super(detail, reason, span, query, cause);
    }

    @Override
    public String errorType() {
        return "ProcedureError";
    }

    @Override
    public ProcedureError withQuery(String query) {
        return new ProcedureError(detail().orElse(null), reason(), span().orElse(null), query, getCause());
    }
}
