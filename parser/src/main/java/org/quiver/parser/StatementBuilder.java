package org.quiver.parser;

import java.util.ArrayList;
import java.util.List;
import org.quiver.parser.ast.CreateGraph;
import org.quiver.parser.ast.CreateView;
import org.quiver.parser.ast.DropGraph;
import org.quiver.parser.ast.ExecutionMode;
import org.quiver.parser.ast.Parameter;
import org.quiver.parser.ast.Statement;

/** Builds the statement: a query with its execution mode, or a catalog command. */
final class StatementBuilder {
    private final SourceText source;
    private final QueryBuilder queries;

    StatementBuilder(SourceText source) {
        this.source = source;
        this.queries = new QueryBuilder(source);
    }

    Statement statement(CypherParser.StatementContext ctx) {
        if (ctx.catalogStatement() != null) {
            return catalog(ctx.catalogStatement());
        }
        ExecutionMode mode = ctx.executionMode() == null ? ExecutionMode.RUN
                : ctx.executionMode().EXPLAIN() != null ? ExecutionMode.EXPLAIN : ExecutionMode.PROFILE;
        return queries.query(mode, ctx.query());
    }

    private Statement catalog(CypherParser.CatalogStatementContext ctx) {
        var clauses = queries.clauses();
        if (ctx instanceof CypherParser.CreateGraphStatementContext create) {
            return new CreateGraph(clauses.graphName(create.graphName()), queries.nested(create.query()),
                    source.of(ctx));
        }
        if (ctx instanceof CypherParser.CreateViewStatementContext view) {
            List<Parameter> parameters = new ArrayList<>();
            if (view.viewParameters() != null) {
                view.viewParameters().parameter()
                        .forEach(p -> parameters.add(clauses.expressions().atoms().parameter(p)));
            }
            return new CreateView(clauses.graphName(view.graphName()), parameters, queries.nested(view.query()),
                    source.of(ctx));
        }
        var drop = (CypherParser.DropGraphStatementContext) ctx;
        return new DropGraph(clauses.graphName(drop.graphName()), source.of(ctx));
    }
}
