package org.quiver.planner;

import java.util.Map;
import org.quiver.parser.ast.Query;
import org.quiver.parser.ast.Statement;
import org.quiver.planner.lower.Lowering;
import org.quiver.planner.relational.RelOp;
import org.quiver.planner.schema.GraphSchema;
import org.quiver.planner.semantic.BindContext;
import org.quiver.planner.semantic.BoundQuery;
import org.quiver.planner.semantic.QueryBinder;

/**
 * From AST to relational plan: semantic analysis and logical planning, then lowering.
 *
 * <pre>{@code
 * PlannedQuery planned = QueryPlanner.plan(text, QueryParser.parse(text), schema, Map.of());
 * }</pre>
 */
public final class QueryPlanner {
    private QueryPlanner() {
    }

    public static PlannedQuery plan(String text, Statement statement, GraphSchema schema, Map<String, ?> parameters) {
        Query query = (Query) statement;
        BoundQuery bound = QueryBinder.bind(query, new BindContext(text, schema, parameters));
        RelOp relational = Lowering.lower(bound.plan(), bound.columns(), schema);
        var variables = bound.plan().variables();
        return new PlannedQuery(bound.plan(), relational, bound.columns(),
                bound.columns().stream().map(variables::get).toList());
    }
}
