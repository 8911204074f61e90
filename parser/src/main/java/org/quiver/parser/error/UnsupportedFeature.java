package org.quiver.parser.error;

import org.quiver.parser.ast.Span;

/**
 * Valid Cypher that Quiver does not run yet. Raised instead of a wrong answer; the reason names the
 * construct, the span says where it was written.
 */
public final class UnsupportedFeature extends CypherException {
    private static final long serialVersionUID = 1L;

    public UnsupportedFeature(String construct, Span span) {
        this(construct, span, null);
    }

    private UnsupportedFeature(String construct, Span span, String query) {
        super(null, construct + " is not supported yet", span, query, null);
    }

    @Override
    public String errorType() {
        return "UnsupportedFeature";
    }

    @Override
    public UnsupportedFeature withQuery(String query) {
        return new UnsupportedFeature(reason().replaceFirst(" is not supported yet$", ""), span().orElse(null), query);
    }
}
