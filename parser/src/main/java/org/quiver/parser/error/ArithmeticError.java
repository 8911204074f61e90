package org.quiver.parser.error;

import org.quiver.parser.ast.Span;

/** A TCK {@code ArithmeticError}: see {@link CypherException}. */
public final class ArithmeticError extends CypherException {
    private static final long serialVersionUID = 1L;

    public ArithmeticError(String detail, String reason, Span span) {
        this(detail, reason, span, null, null);
    }

    public ArithmeticError(String detail, String reason, Span span, String query, Throwable cause) {
        super(detail, reason, span, query, cause);
    }

    @Override
    public String errorType() {
        return "ArithmeticError";
    }

    @Override
    public ArithmeticError withQuery(String query) {
        return new ArithmeticError(detail().orElse(null), reason(), span().orElse(null), query, getCause());
    }
}
