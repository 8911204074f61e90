package org.quiver.compile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.quiver.api.CypherResult;
import org.quiver.api.PropertyGraph;
import org.quiver.api.SideEffects;
import org.quiver.catalog.GraphCatalog;
import org.quiver.construct.GraphConstruction;
import org.quiver.parser.QueryParser;
import org.quiver.parser.ast.ExecutionMode;
import org.quiver.parser.ast.Query;
import org.quiver.parser.ast.Statement;
import org.quiver.parser.error.CypherException;
import org.quiver.planner.PlannedQuery;
import org.quiver.planner.PlannerOptions;
import org.quiver.planner.QueryPlanner;
import java.util.Optional;
import java.util.OptionalDouble;
import org.quiver.planner.explain.ClauseSummary;
import org.quiver.planner.explain.Explanation;
import org.quiver.planner.explain.PlanTree;
import org.quiver.planner.logical.LogicalOp;
import org.quiver.planner.stats.CardinalityEstimator;
import org.quiver.planner.expr.Literal;
import org.quiver.planner.expr.NamedExpr;
import org.quiver.planner.logical.Project;
import org.quiver.planner.logical.Start;
import org.quiver.planner.relational.RelOp;
import org.quiver.planner.semantic.Segment;
import org.quiver.planner.types.CypherType;
import org.quiver.planner.update.ConstructAction;
import org.quiver.planner.update.CreateAction;
import org.quiver.planner.update.DeleteAction;
import org.quiver.planner.update.SetAction;
import org.quiver.planner.update.SwitchGraph;
import org.quiver.planner.update.UpdateAction;

/**
 * Parses and plans a statement, then runs its parts in order: a read-only query becomes a lazy
 * DataFrame; a part that ends in an update (CREATE, SET, REMOVE, DELETE, MERGE) runs at once and
 * hands its rows and the new graph version to the next part.
 *
 * <p>Thread-safe: it holds only final, immutable or concurrent state; each statement plans and runs on the caller's thread.
 */
public final class QueryExecutor {
    private final SparkSession spark;
    private final PlannerOptions options;
    private final GraphCatalog catalog;

    /** An executor whose queries name graphs in {@code catalog} ({@code FROM GRAPH}, {@code CATALOG …}). */
    public QueryExecutor(SparkSession spark, PlannerOptions options, GraphCatalog catalog) {
        this.spark = spark;
        this.options = options;
        this.catalog = catalog;
    }

    SparkSession spark() {
        return spark;
    }

    public PlannerOptions options() {
        return options;
    }

    public CypherResult execute(PropertyGraph graph, String query, Map<String, ?> parameters) {
        Statement statement;
        try {
            // QuiverSession runs this inside QueryGuard.run, on a large stack (DeepStack).
            statement = QueryParser.parse(query);
        } catch (CypherException e) {
            throw e.query().isPresent() ? e : e.withQuery(query);
        }
        try {
            GraphStatements graphs = new GraphStatements(this, catalog, graph, parameters);
            if (!(statement instanceof Query q)) {
                return graphs.catalogCommand(statement, query);
            }
            if (GraphStatements.returnsGraph(q)) {
                return graphs.graphResult(q, query);
            }
            return run(graphs, graphs.workingGraph(q.first()), GraphStatements.withoutLeadingGraph(q), query, parameters);
        } catch (CypherException e) {
            throw e.query().isPresent() ? e : e.withQuery(query);
        }
    }

    /**
     * Plans and runs {@code statement} (no leading FROM or USE) on {@code graph}; {@code graphs}
     * finds the graphs it names.
     */
    CypherResult run(GraphStatements graphs, PropertyGraph graph, Query statement, String query,
            Map<String, ?> parameters) {
        PlannedQuery planned;
        try {
            planned = QueryPlanner.plan(query, statement, graph.schema(), parameters, options,
                    name -> graphs.resolve(name).schema(), graph::statistics);
        } catch (CypherException e) {
            throw e.query().isPresent() ? e : e.withQuery(query);
        }
        boolean explain = statement.mode() == ExecutionMode.EXPLAIN;
        if (explain) {
            return explain(statement, planned, graph, parameters);
        }
        PropertyGraph current = graph;
        // A graph version an update of this query made: its statistics are used only if already gathered.
        boolean madeHere = false;
        List<List<Object>> argument = List.of();
        SideEffects effects = SideEffects.NONE;
        try {
            for (Segment segment : planned.optimized()) {
                if (segment.update().isPresent() && segment.update().get() instanceof ConstructAction construct) {
                    List<PropertyGraph> on = construct.on().stream().map(graphs::resolve).toList();
                    Dataset<Row> rows = compile(segment, current, madeHere, argument, parameters);
                    return CypherResult.ofGraph(new GraphConstruction(current, on, construct, rows,
                            segment.plan().variables()).build(), spark);
                }
                if (segment.update().isPresent() && segment.update().get() instanceof SwitchGraph to) {
                    argument = rowsOf(segment, current, madeHere, argument, parameters);
                    current = graphs.resolve(to.graph());
                    madeHere = false;
                    continue;
                }
                if (segment.update().isEmpty()) {
                    Dataset<Row> data;
                    try {
                        data = compile(segment, current, madeHere, argument, parameters);
                    } catch (CypherException e) {
                        throw e;
                    } catch (Exception e) {
                        // Spark may evaluate constant expressions while planning (a failing temporal constructor).
                        throw RuntimeErrors.translate(e).map(RuntimeException.class::cast)
                                .orElseGet(() -> RuntimeErrors.rethrow(e));
                    }
                    CypherResult result = new CypherResult(planned.columns(), planned.types(), data, current,
                            netLabels(effects, graph, current));
                    if (statement.mode() == ExecutionMode.PROFILE) {
                        CardinalityEstimator estimator = new CardinalityEstimator(current.statistics());
                        result.withProfile(PlanTree.of(segment.plan(), op -> op instanceof LogicalOp l
                                ? OptionalDouble.of(estimator.rows(l)) : OptionalDouble.empty()).text());
                    }
                    return result;
                }
                UpdateOutcome outcome = update(segment, graph, current,
                        rowsOf(segment, current, madeHere, argument, parameters));
                current = outcome.graph();
                madeHere = true;
                argument = outcome.handedOver();
                effects = effects.plus(outcome.sideEffects());
            }
        } catch (CypherException e) {
            CypherException located = e.query().isPresent() ? e : e.withQuery(query);
            if (planned.optimized().get(planned.optimized().size() - 1).update()
                    .filter(ConstructAction.class::isInstance).isPresent()) {
                throw located;
            }
            // An error of a running update: nothing is written, and the error surfaces when the rows are read.
            return CypherResult.failed(planned.columns(), planned.types(), graph, located);
        }
        StructType none = new StructType();
        return new CypherResult(List.of(), List.of(), spark.createDataFrame(List.of(), none), current,
                netLabels(effects, graph, current));
    }

    /**
     * Labels count as the TCK counts them, once per statement: a label one clause removed the last
     * use of and a later clause used again was neither removed nor added. Each clause counts
     * against its own input graph, so only when both counts are positive can they overstate.
     */
    private static SideEffects netLabels(SideEffects effects, PropertyGraph before, PropertyGraph after) {
        if (effects.labelsAdded() == 0 || effects.labelsRemoved() == 0) {
            return effects;
        }
        java.util.Set<String> labels = new java.util.TreeSet<>(before.schema().labels());
        labels.addAll(after.schema().labels());
        long added = 0;
        long removed = 0;
        for (String label : labels) {
            boolean was = GraphEdit.inUse(before, label);
            boolean is = GraphEdit.inUse(after, label);
            added += !was && is ? 1 : 0;
            removed += was && !is ? 1 : 0;
        }
        return new SideEffects(effects.nodesCreated(), effects.nodesDeleted(), effects.relationshipsCreated(),
                effects.relationshipsDeleted(), effects.propertiesSet(), effects.propertiesRemoved(), added, removed);
    }

    /** Runs the action that ends {@code segment} over {@code current}; {@code start} is the statement's input graph. */
    private UpdateOutcome update(Segment segment, PropertyGraph start, PropertyGraph current, List<List<Object>> rows) {
        UpdateAction action = segment.update().orElseThrow();
        if (action instanceof CreateAction) {
            return new CreateExecutor(spark, current, segment).apply(rows);
        }
        GraphEdit edit = new GraphEdit(spark, current, start.nextNodeId(), start.nextRelationshipId());
        if (action instanceof SetAction) {
            return new SetExecutor(edit, segment).apply(rows);
        } else if (action instanceof DeleteAction) {
            return new DeleteExecutor(edit, segment).apply(rows);
        }
        return new MergeExecutor(edit, segment).apply(rows);
    }

    /**
     * {@code madeHere}: the graph is a version an earlier part's update made; its statistics are not
     * gathered for this query (a job per version), only used if some query gathered them.
     */
    private Dataset<Row> compile(Segment segment, PropertyGraph graph, boolean madeHere, List<List<Object>> argument,
            Map<String, ?> parameters) {
        RelOp relational = QueryPlanner.lower(segment, graph.schema(),
                madeHere ? graph::gatheredStatistics : graph::statistics, graph::gatheredStatistics);
        boolean merge = segment.update().filter(org.quiver.planner.update.MergeAction.class::isInstance).isPresent();
        return new RelationalCompiler(spark, graph, argument, parameters, options.rowBudget(), merge)
                .compile(relational);
    }

    /** The rows a CREATE action reads; constants alone are evaluated here, without a Spark job. */
    private List<List<Object>> rowsOf(Segment segment, PropertyGraph graph, boolean madeHere, List<List<Object>> argument,
            Map<String, ?> parameters) {
        if (segment.plan() instanceof Project p && p.input() instanceof Start
                && p.items().stream().allMatch(i -> i.expr() instanceof Literal)) {
            List<Object> row = new ArrayList<>();
            for (NamedExpr item : p.items()) {
                row.add(((Literal) item.expr()).value());
            }
            return List.of(row);
        }
        Map<String, CypherType> types = segment.plan().variables();
        List<CypherType> columnTypes = segment.columns().stream().map(types::get).toList();
        Dataset<Row> data = compile(segment, graph, madeHere, argument, parameters);
        return new CypherResult(segment.columns(), columnTypes, data, graph, SideEffects.NONE).rows();
    }

    private CypherResult explain(Query statement, PlannedQuery planned, PropertyGraph graph,
            Map<String, ?> parameters) {
        List<Explanation.Part> parts = new ArrayList<>();
        for (int i = 0; i < planned.segments().size(); i++) {
            Segment segment = planned.segments().get(i);
            Segment optimized = planned.optimized().get(i);
            String title = "Part " + (i + 1) + segment.update().map(u -> " (ends with " + u.clauseName() + ")").orElse("");
            CardinalityEstimator estimator = new CardinalityEstimator(graph.statistics());
            PlanTree logical = PlanTree.of(segment.plan(), op -> OptionalDouble.empty());
            PlanTree optimizedTree = PlanTree.of(optimized.plan(), op -> op instanceof LogicalOp l
                    ? OptionalDouble.of(estimator.rows(l)) : OptionalDouble.empty());
            Optional<PlanTree> relationalTree = Optional.empty();
            Optional<String> sparkPlan = Optional.empty();
            if (i == 0) {
                RelOp relational = QueryPlanner.lower(optimized, graph.schema(), graph::statistics,
                        graph::gatheredStatistics);
                Dataset<Row> data = new RelationalCompiler(spark, graph, List.of(), parameters).compile(relational);
                relationalTree = Optional.of(PlanTree.of(relational, op -> OptionalDouble.empty()));
                sparkPlan = Optional.of(data.queryExecution().executedPlan().treeString());
            }
            parts.add(new Explanation.Part(title, logical, optimizedTree, relationalTree, sparkPlan));
        }
        Explanation explanation = new Explanation(ClauseSummary.of(statement), parts);
        StructType schema = new StructType().add("plan", DataTypes.StringType);
        Dataset<Row> rows = spark.createDataFrame(List.of(RowFactory.create(explanation.text())), schema);
        return new CypherResult(List.of("plan"), List.of(CypherType.STRING), rows, graph, SideEffects.NONE)
                .withExplanation(explanation);
    }
}
