package org.quiver.planner;

import java.util.ArrayList;
import java.util.List;
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
import org.quiver.planner.semantic.Segment;
import org.quiver.planner.stats.GraphStatistics;
import org.quiver.planner.types.CypherType;

/**
 * From AST to plans: semantic analysis and logical planning, optimization; then, part by part,
 * lowering to relational plans.
 *
 * <pre>{@code
 * PlannedQuery planned = QueryPlanner.plan(text, QueryParser.parse(text), schema, Map.of(), PlannerOptions.DEFAULTS);
 * RelOp first = QueryPlanner.lower(planned.optimized().get(0), schema);
 * }</pre>
 */
public final class QueryPlanner {
    /** With assertions on (as in tests), the plan is validated after every rewrite. */
    private static final boolean VALIDATE = QueryPlanner.class.desiredAssertionStatus();

    private QueryPlanner() {
    }

    public static PlannedQuery plan(String text, Statement statement, GraphSchema schema, Map<String, ?> parameters,
            PlannerOptions options) {
        return plan(text, statement, schema, parameters, options, name -> {
            throw new UnsupportedFeature("FROM GRAPH without a catalog of graphs", name.span());
        });
    }

    /** {@code graphs}: the schemas of the graphs a query switches to ({@code MATCH … FROM GRAPH g MATCH …}). */
    public static PlannedQuery plan(String text, Statement statement, GraphSchema schema, Map<String, ?> parameters,
            PlannerOptions options, java.util.function.Function<org.quiver.parser.ast.GraphName, GraphSchema> graphs) {
        return plan(text, statement, schema, parameters, options, graphs, () -> GraphStatistics.UNKNOWN);
    }

    /**
     * {@code statistics}: of the graph the query reads, for join ordering; asked for only when a
     * pattern leaves a choice of order.
     */
    public static PlannedQuery plan(String text, Statement statement, GraphSchema schema, Map<String, ?> parameters,
            PlannerOptions options, java.util.function.Function<org.quiver.parser.ast.GraphName, GraphSchema> graphs,
            java.util.function.Supplier<GraphStatistics> statistics) {
        if (!(statement instanceof Query query)) {
            throw new UnsupportedFeature("The statement " + statement.getClass().getSimpleName(), statement.span());
        }
        BoundQuery bound = QueryBinder.bind(query, new BindContext(text, schema, parameters, options.procedures(), graphs));
        List<Segment> optimized = new ArrayList<>();
        java.util.function.Supplier<GraphStatistics> known = memoized(statistics);
        // Only the first part reads the graph the statistics describe: a later one reads what an update
        // or a graph switch left, where they still guide the join order but prove nothing.
        Optimizer first = Optimizer.standard(known, known);
        Optimizer later = Optimizer.standard(known);
        for (Segment segment : bound.segments()) {
            if (VALIDATE) {
                PlanValidator.validate(segment.plan());
            }
            Optimizer optimizer = optimized.isEmpty() ? first : later;
            LogicalOp plan = optimizer.optimize(segment.plan(), options.disabledRules(),
                    VALIDATE ? PlanValidator::validate : p -> { });
            optimized.add(new Segment(plan, segment.columns(), segment.update(), segment.handedOver()));
        }
        Map<String, CypherType> variables = bound.last().plan().variables();
        List<CypherType> types = bound.columns().stream().map(variables::get).toList();
        return new PlannedQuery(bound.segments(), optimized, bound.columns(), types);
    }

    private static java.util.function.Supplier<GraphStatistics> memoized(java.util.function.Supplier<GraphStatistics> s) {
        GraphStatistics[] known = new GraphStatistics[1];
        return () -> {
            if (known[0] == null) {
                known[0] = s.get();
            }
            return known[0];
        };
    }

    /** The relational plan of one part over a graph with {@code schema}; its columns are the part's columns. */
    public static RelOp lower(Segment segment, GraphSchema schema) {
        return Lowering.lower(segment.plan(), segment.columns(), schema);
    }

    /**
     * As {@link #lower(Segment, GraphSchema)}; label joins that the graph's {@code statistics} show
     * every relationship end satisfies are left out (asked for only when one could be).
     */
    public static RelOp lower(Segment segment, GraphSchema schema, java.util.function.Supplier<GraphStatistics> statistics) {
        return lower(segment, schema, statistics, () -> GraphStatistics.UNKNOWN);
    }

    /**
     * As {@link #lower(Segment, GraphSchema, java.util.function.Supplier)}; join inputs that the
     * statistics {@code gathered} so far (unknown when none) show small are marked to be broadcast.
     */
    public static RelOp lower(Segment segment, GraphSchema schema, java.util.function.Supplier<GraphStatistics> statistics,
            java.util.function.Supplier<GraphStatistics> gathered) {
        return Lowering.lower(segment.plan(), segment.columns(), schema, statistics, gathered);
    }
}
