package org.quiver.sql;

import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.FunctionIdentifier;
import org.apache.spark.sql.catalyst.expressions.Expression;
import org.apache.spark.sql.catalyst.expressions.ExpressionInfo;
import org.apache.spark.sql.catalyst.plans.logical.LogicalPlan;
import org.apache.spark.sql.connector.catalog.CatalogManager;
import org.apache.spark.sql.types.DataTypes;
import org.quiver.api.CypherResult;
import org.quiver.api.QuiverSession;
import org.quiver.parser.error.ArgumentError;
import org.quiver.parser.error.UnsupportedFeature;
import scala.Option;
import scala.collection.immutable.Seq;
import scala.jdk.javaapi.CollectionConverters;
import scala.runtime.AbstractFunction1;

/**
 * The table-valued function {@code cypher} of Spark SQL: {@code cypher('social', 'MATCH … RETURN …')}
 * runs the Cypher query on graph {@code social} of a Quiver session's catalog, and
 * {@code cypher('FROM GRAPH session.social MATCH … RETURN …')} a query that names its graph itself.
 * Its rows are the result's DataFrame: its logical plan takes the function's place in the SQL
 * query, so Spark plans the Cypher and the SQL around it as one query (a join with a table is a
 * join of plans, not of collected rows).
 *
 * <p>Spark calls the function while it analyses the SQL query, so Cypher errors surface from
 * {@code spark.sql(…)} as the {@link org.quiver.parser.error.CypherException}s that
 * {@link QuiverSession#cypher} throws.
 */
public final class CypherTableFunction extends AbstractFunction1<Seq<Expression>, LogicalPlan> {
    public static final String NAME = "cypher";
    private static final String USAGE = "cypher([graph name,] query)";

    private final BiFunction<Optional<String>, String, CypherResult> queries;

    private CypherTableFunction(BiFunction<Optional<String>, String, CypherResult> queries) {
        this.queries = queries;
    }

    /**
     * Makes {@code cypher(…)} callable from SQL on {@code spark} (a later registration replaces it).
     * Spark offers no public Java API for table functions: this uses the session's table-function
     * registry, which Spark marks unstable.
     *
     * @param queries runs a query on the catalog's graph of the name given, or without one on an
     *     empty graph (see {@link QuiverSession#registerSqlFunction()}); Spark calls it while it
     *     holds its session catalog's lock
     */
    public static void register(SparkSession spark, BiFunction<Optional<String>, String, CypherResult> queries) {
        ExpressionInfo info = new ExpressionInfo(CypherTableFunction.class.getName(), null, NAME,
                "_FUNC_([graph,] query) - the rows of a Cypher query on a graph of the Quiver session's catalog", "");
        // Spark 4.2 keeps temporary functions under system.session.<name>; SQL finds them by the bare name.
        FunctionIdentifier temporary = new FunctionIdentifier(NAME, Option.apply(CatalogManager.SESSION_NAMESPACE()),
                Option.apply(CatalogManager.SYSTEM_CATALOG_NAME()));
        ((org.apache.spark.sql.classic.SparkSession) spark).sessionState().tableFunctionRegistry()
                .registerFunction(temporary, info, new CypherTableFunction(queries));
    }

    @Override
    public LogicalPlan apply(Seq<Expression> arguments) {
        List<Expression> args = CollectionConverters.asJava(arguments);
        if (args.isEmpty() || args.size() > 2) {
            throw misuse("takes one or two arguments, not " + args.size());
        }
        String query = literal(args.get(args.size() - 1), "the query");
        Optional<String> graph = args.size() == 1 ? Optional.empty() : Optional.of(literal(args.get(0), "the graph name"));
        CypherResult result = queries.apply(graph, query);
        if (result.returnsGraph()) {
            throw new UnsupportedFeature("A query that returns a graph in SQL's cypher() (it has no rows; store"
                    + " the graph with CATALOG CREATE GRAPH and query it with one that returns rows)", null);
        }
        return ((org.apache.spark.sql.classic.Dataset<?>) result.toDataFrame()).logicalPlan();
    }

    /** The text of a string literal or other constant expression (Spark folds {@code 'a' || 'b'}). */
    private static String literal(Expression argument, String what) {
        if (!argument.foldable() || !argument.dataType().equals(DataTypes.StringType)) {
            throw misuse(what + " must be a constant string, not " + argument.sql());
        }
        Object value = argument.eval(null);
        if (value == null) {
            throw misuse(what + " is null");
        }
        return value.toString();
    }

    private static ArgumentError misuse(String reason) {
        return new ArgumentError("InvalidArgumentValue", USAGE + ": " + reason, null);
    }
}
