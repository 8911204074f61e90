package org.quiver.parser.error;

import org.quiver.parser.ast.Span;

/** A TCK {@code SemanticError}: see {@link CypherException}. */
public final class SemanticError extends CypherException {
    private static final long serialVersionUID = 1L;

    public SemanticError(String detail, String reason, Span span) {
        this(detail, reason, span, null, null);
    }

    public SemanticError(String detail, String reason, Span span, String query, Throwable cause) {
        super(detail, reason, span, query, cause);
    }

    @Override
    public String errorType() {
        return "SemanticError";
    }

    @Override
    public SemanticError withQuery(String query) {
        return new SemanticError(detail().orElse(null), reason(), span().orElse(null), query, getCause());
    }
}
