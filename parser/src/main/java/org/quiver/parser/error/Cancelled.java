package org.quiver.parser.error;

import org.quiver.parser.ast.Span;

/** A query stopped because its caller cancelled it: see {@link CypherException}. */
public final class Cancelled extends CypherException {
    private static final long serialVersionUID = 1L;

    public Cancelled(String reason, String query, Throwable cause) {
        super(null, reason, null, query, cause);
    }

    @Override
    public String errorType() {
        return "Cancelled";
    }

    @Override
    public Cancelled withQuery(String query) {
        return new Cancelled(reason(), query, getCause());
    }
}
