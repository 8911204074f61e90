package org.quiver.parser.ast;

import java.util.Objects;
import java.util.Optional;

/** The body of {@code EXISTS { … }} and {@code COUNT { … }}: a whole query, or a pattern with a filter. */
public sealed interface SubqueryBody extends AstNode {
    /** {@code pattern [WHERE predicate]}: the short form, matched against the outer row. */
    record PatternBody(Pattern pattern, Optional<Expression> where, Span span) implements SubqueryBody {
        public PatternBody {
            Objects.requireNonNull(pattern, "pattern");
            Objects.requireNonNull(where, "where");
        }
    }

    /**
     * A whole query; unlike a top-level one it need not end in {@code RETURN}. Its mode is always
     * {@link ExecutionMode#RUN}.
     */
    record QueryBody(Query query, Span span) implements SubqueryBody {
        public QueryBody {
            Objects.requireNonNull(query, "query");
        }
    }
}
