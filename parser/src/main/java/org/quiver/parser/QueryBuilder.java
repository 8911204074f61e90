package org.quiver.parser;

import java.util.ArrayList;
import java.util.List;
import org.quiver.parser.ast.Clause;
import org.quiver.parser.ast.ExecutionMode;
import org.quiver.parser.ast.Query;
import org.quiver.parser.ast.SingleQuery;
import org.quiver.parser.ast.UnionPart;

/**
 * Builds queries: single queries and their unions. Queries nest (CALL, EXISTS, COUNT and COLLECT
 * subqueries, catalog statements), so the clause and expression builders reach back here.
 */
final class QueryBuilder {
    private final SourceText source;
    private final ClauseBuilder clauses;

    QueryBuilder(SourceText source) {
        this.source = source;
        this.clauses = new ClauseBuilder(source, this);
    }

    ClauseBuilder clauses() {
        return clauses;
    }

    Query query(ExecutionMode mode, CypherParser.QueryContext ctx) {
        List<UnionPart> unions = new ArrayList<>();
        for (var union : ctx.unionPart()) {
            unions.add(new UnionPart(union.ALL() != null, single(union.singleQuery()), source.of(union)));
        }
        return new Query(mode, single(ctx.singleQuery()), unions, source.of(ctx));
    }

    /** A query nested in another construct: it has no execution mode of its own. */
    Query nested(CypherParser.QueryContext ctx) {
        return query(ExecutionMode.RUN, ctx);
    }

    private SingleQuery single(CypherParser.SingleQueryContext ctx) {
        List<Clause> built = new ArrayList<>();
        ctx.clause().forEach(clause -> built.add(clauses.clause(clause)));
        return new SingleQuery(built, source.of(ctx));
    }
}
