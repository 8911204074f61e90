package org.quiver.parser.error;

import org.quiver.parser.ast.Span;

/** A TCK {@code ConstraintVerificationFailed}: see {@link CypherException}. */
public final class ConstraintVerificationFailed extends CypherException {
    private static final long serialVersionUID = 1L;

    public ConstraintVerificationFailed(String detail, String reason, Span span) {
        this(detail, reason, span, null, null);
    }

    public ConstraintVerificationFailed(String detail, String reason, Span span, String query, Throwable cause) {
        super(detail, reason, span, query, cause);
    }

    @Override
    public String errorType() {
        return "ConstraintVerificationFailed";
    }

    @Override
    public ConstraintVerificationFailed withQuery(String query) {
        return new ConstraintVerificationFailed(detail().orElse(null), reason(), span().orElse(null), query, getCause());
    }
}
