package org.quiver.parser.ast;

import java.util.List;

/** The clauses of one query part, in the order written. */
public record SingleQuery(List<Clause> clauses, Span span) implements AstNode {
    public SingleQuery {
        clauses = List.copyOf(clauses);
        if (clauses.isEmpty()) {
            throw new IllegalArgumentException("a query has at least one clause");
        }
    }
}
