package org.quiver.compile;

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
import org.quiver.parser.QueryParser;
import org.quiver.parser.ast.ExecutionMode;
import org.quiver.parser.ast.Query;
import org.quiver.parser.ast.Statement;
import org.quiver.parser.error.CypherException;
import org.quiver.planner.PlannedQuery;
import org.quiver.planner.PlannerOptions;
import org.quiver.planner.QueryPlanner;
import org.quiver.planner.explain.PlanPrinter;
import org.quiver.planner.types.CypherType;

/** Parses, plans and compiles a query to a DataFrame; nothing runs until the result is read. */
public final class QueryExecutor {
    private final SparkSession spark;
    private final PlannerOptions options;

    public QueryExecutor(SparkSession spark, PlannerOptions options) {
        this.spark = spark;
        this.options = options;
    }

    public CypherResult execute(PropertyGraph graph, String query, Map<String, ?> parameters) {
        Statement statement;
        PlannedQuery planned;
        try {
            statement = QueryParser.parse(query);
            planned = QueryPlanner.plan(query, statement, graph.schema(), parameters, options);
        } catch (CypherException e) {
            throw e.query().isPresent() ? e : e.withQuery(query);
        }
        Dataset<Row> data = new RelationalCompiler(spark, graph).compile(planned.relational());
        if (statement instanceof Query q && q.mode() == ExecutionMode.EXPLAIN) {
            return explain(planned, data, graph);
        }
        return new CypherResult(planned.columns(), planned.types(), data, graph, SideEffects.NONE);
    }

    private CypherResult explain(PlannedQuery planned, Dataset<Row> data, PropertyGraph graph) {
        String text = "Logical plan\n" + PlanPrinter.render(planned.logical())
                + "\nOptimized logical plan\n" + PlanPrinter.render(planned.optimized())
                + "\nRelational plan\n" + PlanPrinter.render(planned.relational())
                + "\nSpark plan\n" + data.queryExecution().executedPlan().treeString();
        StructType schema = new StructType().add("plan", DataTypes.StringType);
        Dataset<Row> rows = spark.createDataFrame(List.of(RowFactory.create(text)), schema);
        return new CypherResult(List.of("plan"), List.of(CypherType.STRING), rows, graph, SideEffects.NONE);
    }
}
