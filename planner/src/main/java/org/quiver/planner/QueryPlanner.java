package org.quiver.planner;

import java.util.Map;
import org.quiver.parser.ast.Query;
import org.quiver.parser.ast.Statement;
import org.quiver.parser.error.UnsupportedFeature;
import org.quiver.planner.logical.LogicalOp;
import org.quiver.planner.logical.PlanValidator;
import org.quiver.planner.lower.Lowering;
import org.quiver.planner.relational.RelOp;
import org.quiver.planner.rewrite.Optimizer;
import org.quiver.planner.schema.GraphSchema;
import org.quiver.planner.semantic.BindContext;
import org.quiver.planner.semantic.BoundQuery;
import org.quiver.planner.semantic.QueryBinder;

/**
 * From AST to relational plan: semantic analysis and logical planning, optimization, lowering.
 *
 * <pre>{@code
 * PlannedQuery planned = QueryPlanner.plan(text, QueryParser.parse(text), schema, Map.of(), PlannerOptions.DEFAULTS);
 * }</pre>
 */
public final class QueryPlanner {
    /** With assertions on (as in tests), the plan is validated after every rewrite. */
    private static final boolean VALIDATE = QueryPlanner.class.desiredAssertionStatus();

    private QueryPlanner() {
    }

    public static PlannedQuery plan(String text, Statement statement, GraphSchema schema, Map<String, ?> parameters,
            PlannerOptions options) {
        if (!(statement instanceof Query query)) {
            throw new UnsupportedFeature("The statement " + statement.getClass().getSimpleName(), statement.span());
        }
        BoundQuery bound = QueryBinder.bind(query, new BindContext(text, schema, parameters));
        if (VALIDATE) {
            PlanValidator.validate(bound.plan());
        }
        LogicalOp optimized = Optimizer.standard().optimize(bound.plan(), options.disabledRules(),
                VALIDATE ? PlanValidator::validate : p -> { });
        RelOp relational = Lowering.lower(optimized, bound.columns(), schema);
        var variables = bound.plan().variables();
        return new PlannedQuery(bound.plan(), optimized, relational, bound.columns(),
                bound.columns().stream().map(variables::get).toList());
    }
}
