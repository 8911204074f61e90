package org.quiver.parser.error;

import org.quiver.parser.ast.Span;

/** A TCK {@code EntityNotFound}: see {@link CypherException}. */
public final class EntityNotFound extends CypherException {
    private static final long serialVersionUID = 1L;

    public EntityNotFound(String detail, String reason, Span span) {
        this(detail, reason, span, null, null);
    }

    public EntityNotFound(String detail, String reason, Span span, String query, Throwable cause) {
        super(detail, reason, span, query, cause);
    }

    @Override
    public String errorType() {
        return "EntityNotFound";
    }

    @Override
    public EntityNotFound withQuery(String query) {
        return new EntityNotFound(detail().orElse(null), reason(), span().orElse(null), query, getCause());
    }
}
