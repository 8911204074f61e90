package org.quiver.parser;

import java.util.ArrayList;
import java.util.List;
import org.quiver.parser.ast.Clause;
import org.quiver.parser.ast.ExecutionMode;
import org.quiver.parser.ast.Query;
import org.quiver.parser.ast.SingleQuery;
import org.quiver.parser.ast.Statement;
import org.quiver.parser.ast.UnionPart;

/** Builds the statement: execution mode, single queries and their unions. */
final class StatementBuilder {
    private final SourceText source;
    private final ClauseBuilder clauses;

    StatementBuilder(SourceText source) {
        this.source = source;
        this.clauses = new ClauseBuilder(source);
    }

    Statement statement(CypherParser.StatementContext ctx) {
        ExecutionMode mode = ctx.executionMode() == null ? ExecutionMode.RUN
                : ctx.executionMode().EXPLAIN() != null ? ExecutionMode.EXPLAIN : ExecutionMode.PROFILE;
        var query = ctx.query();
        List<UnionPart> unions = new ArrayList<>();
        for (var union : query.unionPart()) {
            unions.add(new UnionPart(union.ALL() != null, single(union.singleQuery()), source.of(union)));
        }
        return new Query(mode, single(query.singleQuery()), unions, source.of(query));
    }

    private SingleQuery single(CypherParser.SingleQueryContext ctx) {
        List<Clause> built = new ArrayList<>();
        ctx.clause().forEach(clause -> built.add(clauses.clause(clause)));
        return new SingleQuery(built, source.of(ctx));
    }
}
