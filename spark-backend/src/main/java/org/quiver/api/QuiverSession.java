package org.quiver.api;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import org.apache.spark.sql.SparkSession;
import org.quiver.catalog.GraphCatalog;
import org.quiver.catalog.GraphNamespace;
import org.quiver.compile.QueryExecutor;
import org.quiver.compile.QueryGuard;
import org.quiver.io.CsvGraphLoader;
import org.quiver.mapping.MappedGraphs;
import org.quiver.planner.PlannerOptions;
import org.quiver.store.GraphStore;
import org.quiver.store.StoreFormat;

/**
 * The entry point: loads graphs and runs Cypher on them over one Spark session.
 *
 * <pre>{@code
 * try (QuiverSession quiver = QuiverSession.local()) {
 *     PropertyGraph social = quiver.loadGraph(Path.of("examples/social"));
 *     CypherResult result = quiver.cypher(social,
 *         "MATCH (p:Person)-[:KNOWS]->(f) WHERE p.name = $name RETURN f.name",
 *         Map.of("name", "Alice"));
 *     result.records().forEach(System.out::println);
 * }
 * }</pre>
 *
 * <p>Thread-safe: one session may run statements from several threads at once (its catalog and
 * mapped graphs are concurrent maps, every other field is final); the graphs it returns are immutable.
 */
public final class QuiverSession implements AutoCloseable {
    private final SparkSession spark;
    private final boolean ownsSpark;
    private final PlannerOptions options;
    private final QueryExecutor executor;
    private final MappedGraphs mappedGraphs;
    private final GraphCatalog catalog;
    private final java.util.Optional<java.time.Duration> timeout;
    private final java.util.Set<QueryGuard> running;

    private QuiverSession(SparkSession spark, boolean ownsSpark, PlannerOptions options) {
        this(spark, ownsSpark, options, new MappedGraphs(), new GraphCatalog(), java.util.Optional.empty(),
                java.util.concurrent.ConcurrentHashMap.newKeySet());
    }

    private QuiverSession(SparkSession spark, boolean ownsSpark, PlannerOptions options, MappedGraphs mappedGraphs,
            GraphCatalog catalog, java.util.Optional<java.time.Duration> timeout, java.util.Set<QueryGuard> running) {
        this.spark = Objects.requireNonNull(spark, "spark");
        // Cypher names are case-sensitive: `name` and `NAME` are two properties, which Spark's
        // default case-insensitive resolution would mix up.
        spark.conf().set("spark.sql.caseSensitive", "true");
        this.ownsSpark = ownsSpark;
        this.options = options;
        this.catalog = catalog;
        this.executor = new QueryExecutor(spark, options, catalog);
        this.mappedGraphs = mappedGraphs;
        this.timeout = timeout;
        this.running = running;
    }

    /**
     * A session over the caller's Spark session, which {@link #close()} leaves running. Quiver sets
     * {@code spark.sql.caseSensitive=true} on it, since Cypher names are case-sensitive.
     */
    public static QuiverSession of(SparkSession spark) {
        return new QuiverSession(spark, false, PlannerOptions.DEFAULTS);
    }

    /** A session over a new in-process Spark ({@code local[*]}, no UI), stopped by {@link #close()}. */
    public static QuiverSession local() {
        return new QuiverSession(LocalSpark.create("local[*]"), true, PlannerOptions.DEFAULTS);
    }

    /**
     * A session for a program that may run under {@code spark-submit}: over the Spark that
     * spark-submit configured ({@link SubmittedSpark}) when a master was given, else {@link #local()}.
     * {@link #close()} stops that Spark.
     */
    public static QuiverSession submittedOrLocal() {
        return SubmittedSpark.isSubmitted()
                ? new QuiverSession(SubmittedSpark.create(), true, PlannerOptions.DEFAULTS)
                : local();
    }

    /**
     * A session over the same Spark that plans without the named optimizer rules (to bisect a bad
     * plan); closing it leaves Spark running.
     *
     * <pre>{@code
     * QuiverSession plain = quiver.withoutRules(Set.of("PushFilterBelowExpand"));
     * }</pre>
     * The rule names are those of {@code Optimizer.standard().ruleNames()}.
     * <pre>{@code
     * }</pre>
     */
    public QuiverSession withoutRules(java.util.Set<String> ruleNames) {
        java.util.List<String> known = org.quiver.planner.rewrite.Optimizer.standard().ruleNames();
        for (String name : ruleNames) {
            if (!known.contains(name)) {
                throw new IllegalArgumentException("no optimizer rule named " + name + "; rules: " + known);
            }
        }
        return derived(options.withDisabledRules(ruleNames), timeout);
    }

    /**
     * A session over the same Spark (and mapped graphs) whose queries may also {@code CALL} a
     * procedure given as a table: a row holds a value for each argument and output, and a call
     * yields the outputs of the rows whose arguments equal its own, in table order. Closing it
     * leaves Spark running.
     *
     * <pre>{@code
     * QuiverSession withCities = quiver.withProcedure(
     *         "geo.city(name :: STRING?) :: (city :: STRING?, code :: INTEGER?)",
     *         List.of(Map.of("name", "Stefan", "city", "Berlin", "code", 49L)));
     * withCities.cypher(graph, "CALL geo.city('Stefan') YIELD city RETURN city");
     * }</pre>
     *
     * @param signature {@code ns.name(arg :: TYPE?, …) :: (output :: TYPE?, …)}; the types are
     *     STRING, INTEGER, FLOAT, NUMBER, BOOLEAN and LIST OF them
     * @throws IllegalArgumentException for a signature that cannot be read or a row that does not fit it
     */
    public QuiverSession withProcedure(String signature, java.util.List<? extends Map<String, ?>> rows) {
        return derived(options.withProcedure(org.quiver.planner.procedure.Procedure.of(signature, rows)), timeout);
    }

    /**
     * A session over the same Spark whose queries stop with a {@link org.quiver.parser.error.LimitExceeded}
     * ({@code QueryTimedOut}) once their Spark work has taken {@code limit}: planning and updates
     * when {@link #cypher} runs, plus the reading of the rows. Closing it leaves Spark running.
     *
     * <pre>{@code
     * CypherResult r = quiver.withTimeout(Duration.ofSeconds(30)).cypher(graph, query);
     * }</pre>
     */
    public QuiverSession withTimeout(java.time.Duration limit) {
        if (limit.isNegative() || limit.isZero()) {
            throw new IllegalArgumentException("a query timeout must be positive, not " + limit);
        }
        return derived(options, java.util.Optional.of(limit));
    }

    /**
     * A session over the same Spark that stops a query with a {@link org.quiver.parser.error.LimitExceeded}
     * ({@code RowBudgetExceeded}) naming the pattern, instead of running Spark out of memory, when
     * <ul>
     * <li>one hop of a variable-length expansion ({@code -[*]->}, shortest paths) holds more than
     * {@code rows} trails: each hop is counted, one Spark job a hop;</li>
     * <li>a cartesian product (patterns sharing no variable) would hold more than {@code rows} rows:
     * before the product runs, its two inputs are counted, one Spark job each, and the product is
     * refused if the count of one times the count of the other passes the budget;</li>
     * <li>a join on keys (a shared variable, a supernode's relationships, an optional match) would
     * hold more than {@code rows} rows: before the join runs, each input's rows are counted per key
     * value and the matching counts multiplied and summed, one Spark job a join.</li>
     * </ul>
     * Sizes are counted, not taken from the planner's cardinality estimates, so a query is refused
     * only when it really would pass the budget; the price is computing each join's inputs once
     * more, paid only by sessions with a budget (without one, plans and Spark jobs are unchanged).
     *
     * <pre>{@code
     * quiver.withRowBudget(10_000_000).cypher(graph, "MATCH (a)-[*]->(b) RETURN count(*)");
     * }</pre>
     */
    public QuiverSession withRowBudget(long rows) {
        return derived(options.withRowBudget(rows), timeout);
    }

    /** A session sharing this one's Spark, graphs and running queries; final fields make it safe to hand to other threads. */
    private QuiverSession derived(PlannerOptions derivedOptions, java.util.Optional<java.time.Duration> limit) {
        return new QuiverSession(spark, false, derivedOptions, mappedGraphs, catalog, limit, running);
    }

    /**
     * Cancels every query of this session (and of the sessions derived from it) that is running
     * Spark work now; their callers get a {@link org.quiver.parser.error.Cancelled}.
     */
    public void cancelRunning() {
        running.forEach(QueryGuard::cancel);
    }

    public SparkSession spark() {
        return spark;
    }

    /** A graph without nodes or relationships: where {@code CREATE} statements start. */
    public PropertyGraph emptyGraph() {
        return new PropertyGraph(java.util.List.of(), java.util.List.of(), 0, 0);
    }

    /**
     * Loads a graph directory: the latest version of a stored graph (one with a {@code _versions/}
     * directory, see {@link #saveGraph}), or else a CSV importer directory ({@code nodes/*.csv},
     * {@code relationships/*.csv}, neo4j-admin headers).
     */
    public PropertyGraph loadGraph(Path directory) {
        return loadGraph(directory, CsvOptions.DEFAULTS);
    }

    /** As {@link #loadGraph(Path)}; the CSV options apply to an importer directory only. */
    public PropertyGraph loadGraph(Path directory, CsvOptions options) {
        if (GraphStore.isStoredGraph(directory)) {
            return new GraphStore(spark).load(directory);
        }
        if (!java.nio.file.Files.isDirectory(directory.resolve("nodes"))
                && !java.nio.file.Files.isDirectory(directory.resolve("relationships"))) {
            throw new org.quiver.parser.error.DataError(directory.toString(), 0, null,
                    "is neither a stored graph (it has no _versions/ directory) nor a CSV graph directory"
                            + " (it has no nodes/ directory)");
        }
        return CsvGraphLoader.load(spark, directory, options);
    }

    /** Version {@code version} of the graph stored in {@code directory}. */
    public PropertyGraph loadGraph(Path directory, long version) {
        return new GraphStore(spark).load(directory, version);
    }

    /**
     * Stores a graph in a directory as its next version (the first, when the directory is new or
     * empty): one table per label combination and relationship type, and a manifest published in
     * one atomic step, so a reader sees this version whole or the previous one.
     *
     * <pre>{@code
     * long version = quiver.saveGraph(graph, Path.of("graphs/social"), StoreFormat.PARQUET);
     * PropertyGraph again = quiver.loadGraph(Path.of("graphs/social"));
     * }</pre>
     *
     * @return the version number published
     */
    public long saveGraph(PropertyGraph graph, Path directory, StoreFormat format) {
        return new GraphStore(spark).save(graph, directory, format);
    }

    /** Stores a graph as Delta tables; see {@link #saveGraph(PropertyGraph, Path, StoreFormat)}. */
    public long saveGraph(PropertyGraph graph, Path directory) {
        return saveGraph(graph, directory, StoreFormat.DELTA);
    }

    /**
     * Runs a graph mapping statement over tables of the Spark catalog and keeps the graph under
     * its name (see {@link #graph(String)}). No data is read until a query runs.
     *
     * <pre>{@code
     * PropertyGraph social = quiver.execute("""
     *     CREATE PROPERTY GRAPH social
     *       NODE TABLES (people KEY (id) LABEL Person PROPERTIES (name, birth_year AS born))
     *       RELATIONSHIP TABLES (knows SOURCE KEY (a) REFERENCES people DESTINATION KEY (b) REFERENCES people
     *                            LABEL KNOWS)""").orElseThrow();
     * quiver.execute("DROP PROPERTY GRAPH social");
     * }</pre>
     *
     * @return the graph {@code CREATE PROPERTY GRAPH} mapped, or the one {@code DROP PROPERTY GRAPH}
     *     removed (empty after {@code DROP … IF EXISTS} of no graph)
     * @throws org.quiver.parser.error.CypherException for a syntax error, or naming the table or
     *     column a mapping cannot use
     */
    public java.util.Optional<PropertyGraph> execute(String mappingStatement) {
        java.util.Optional<PropertyGraph> graph = mappedGraphs.execute(spark, mappingStatement);
        var statement = org.quiver.parser.ddl.GraphDdl.parse(mappingStatement);
        java.util.List<String> name = java.util.List.of(statement.graph().text());
        if (statement instanceof org.quiver.parser.ddl.ast.DropPropertyGraph) {
            graph.ifPresent(g -> catalog.locate(name).namespace().drop(statement.graph().text()));
        } else {
            graph.ifPresent(g -> catalog.locate(name).namespace().store(statement.graph().text(), g));
        }
        return graph;
    }

    /**
     * The graph stored under {@code name} in the session's catalog: {@code ns.g} is graph {@code g}
     * of a registered namespace {@code ns}; any other name is a graph of the namespace
     * {@code session} (where {@link #store}, {@code CATALOG CREATE GRAPH g} and mapping statements
     * put graphs), as written: {@code graph("social")}, {@code graph("session.social")},
     * {@code graph("db.social")} for a graph mapped as {@code db.social}.
     */
    public java.util.Optional<PropertyGraph> graph(String name) {
        return catalog.graph(java.util.List.of(name.split("\\.", -1)))
                .or(() -> catalog.graph(java.util.List.of(name)));
    }

    /**
     * Keeps {@code graph} in the catalog under {@code name} (read as {@link #graph(String)} reads
     * it), where queries find it: {@code FROM GRAPH session.social MATCH …}.
     *
     * <pre>{@code
     * quiver.store("session.social", quiver.loadGraph(Path.of("examples/social")));
     * quiver.cypher("FROM GRAPH session.social MATCH (p:Person) RETURN count(p)");
     * }</pre>
     */
    public void store(String name, PropertyGraph graph) {
        GraphCatalog.Location at = catalog.locate(java.util.List.of(name.split("\\.", -1)));
        at.namespace().store(at.name(), graph);
    }

    /**
     * Makes the graphs of {@code namespace} reachable as {@code name.graph} in queries
     * ({@code FROM GRAPH name.g}, {@code CONSTRUCT ON name.g}, {@code CATALOG CREATE GRAPH name.g {…}}).
     * The name {@code session} is the session's own in-memory namespace.
     */
    public void registerNamespace(String name, GraphNamespace namespace) {
        catalog.register(name, namespace);
    }

    /** The names of the registered namespaces, {@code session} among them. */
    public java.util.List<String> namespaces() {
        return catalog.namespaceNames();
    }

    /** The names of the graphs namespace {@code namespace} holds, sorted (views not included). */
    public java.util.List<String> graphNames(String namespace) {
        if (!namespaces().contains(namespace)) {
            throw new IllegalArgumentException("no namespace named " + namespace);
        }
        // A two-part name whose first part is a registered namespace locates in that namespace.
        return catalog.locate(java.util.List.of(namespace, "")).namespace().names();
    }

    /**
     * Makes the graphs of this session's catalog queryable from Spark SQL on {@link #spark()}
     * through the table-valued function {@code cypher([graph,] query)}; its rows join with any table:
     *
     * <pre>{@code
     * quiver.store("social", quiver.loadGraph(Path.of("examples/social")));
     * quiver.registerSqlFunction();
     * spark.sql("SELECT f.name, o.total FROM cypher('social', 'MATCH (p:Person) RETURN p.name AS name') f"
     *         + " JOIN orders o ON o.customer = f.name");
     * }</pre>
     *
     * The arguments are constant strings; the query runs on graph {@code graph} of the catalog (as
     * {@link #graph(String)} finds it), or, without a graph argument, names its graph itself
     * ({@code FROM GRAPH session.social …}). Registering another session on the same Spark replaces
     * this one.
     */
    public void registerSqlFunction() {
        org.quiver.sql.CypherTableFunction.register(spark, (graphName, query) -> cypherOnCallerThread(
                graphName.map(this::requireGraph).orElseGet(this::emptyGraph), query));
    }

    /** The graph {@link #graph(String)} finds, or the catalog's {@code GraphNotFound} error listing the graphs there. */
    private PropertyGraph requireGraph(String name) {
        return graph(name).orElseGet(() -> catalog.require(
                new org.quiver.parser.ast.GraphName(java.util.List.of(name.split("\\.", -1)), null)));
    }

    /** {@link #cypher(PropertyGraph, String)} compiled on the calling thread: see {@link QueryGuard#runOnCallerThread}. */
    private CypherResult cypherOnCallerThread(PropertyGraph graph, String query) {
        QueryGuard guard = new QueryGuard(spark.sparkContext(), query, timeout, running);
        try {
            return guard.runOnCallerThread(() -> executor.execute(graph, query, Map.of())).guardedBy(guard);
        } catch (org.quiver.parser.error.CypherException e) {
            throw e.query().isPresent() ? e : e.withQuery(query);
        }
    }

    /**
     * Checks, with Spark jobs over all its tables, what a mapped graph assumes and queries do not
     * check: unique, non-null keys and references that find their node.
     *
     * @return one sentence per problem, naming table and columns; empty when the keys hold
     */
    public java.util.List<String> checkKeys(String graphName) {
        return mappedGraphs.checkKeys(graphName);
    }

    /**
     * Writes a graph to tables of the Spark catalog named from {@code prefix} (a table name, which
     * may name a database): one per label combination, one per relationship type. A failed write
     * leaves no table behind; see {@link org.quiver.io.CatalogGraphWriter} for what it guarantees.
     *
     * <pre>{@code
     * List<String> tables = quiver.writeGraph(social, "analytics.social");
     * }</pre>
     *
     * @return the names of the tables written
     */
    public java.util.List<String> writeGraph(PropertyGraph graph, String prefix) {
        return new org.quiver.io.CatalogGraphWriter(spark).write(graph, prefix);
    }

    /**
     * As {@link #writeGraph(PropertyGraph, String)}, in the format and bucketing of {@code options}:
     *
     * <pre>{@code
     * quiver.writeGraph(social, "analytics.social", TableWriteOptions.bucketed(16));  // Parquet, bucketed by id / source id
     * PropertyGraph again = quiver.readGraph("analytics.social");
     * }</pre>
     */
    public java.util.List<String> writeGraph(PropertyGraph graph, String prefix, org.quiver.io.TableWriteOptions options) {
        return new org.quiver.io.CatalogGraphWriter(spark).write(graph, prefix, options);
    }

    /**
     * The graph {@link #writeGraph} wrote under {@code prefix}, with the same ids, labels, types and
     * property types. No data is read until a query runs.
     *
     * @throws org.quiver.parser.error.DataError when the prefix's database holds no table of that graph
     */
    public PropertyGraph readGraph(String prefix) {
        return new org.quiver.io.CatalogGraphReader(spark).read(prefix);
    }

    /**
     * Runs a statement that names its graphs itself ({@code FROM GRAPH ns.g …}, {@code CATALOG …});
     * a query without {@code FROM GRAPH} runs on an empty graph.
     *
     * <pre>{@code
     * quiver.cypher("CATALOG CREATE GRAPH session.friends { FROM GRAPH session.social "
     *         + "MATCH (a)-[:KNOWS]->(b) CONSTRUCT CREATE (a)-[:FRIEND]->(b) RETURN GRAPH }");
     * PropertyGraph friends = quiver.cypher("FROM GRAPH session.friends RETURN GRAPH").graph();
     * }</pre>
     */
    public CypherResult cypher(String query) {
        return cypher(emptyGraph(), query, Map.of());
    }

    public CypherResult cypher(String query, Map<String, ?> parameters) {
        return cypher(emptyGraph(), query, parameters);
    }

    public CypherResult cypher(PropertyGraph graph, String query) {
        return cypher(graph, query, Map.of());
    }

    /**
     * Runs a query. Errors in the query surface here, before any Spark job: a
     * {@link org.quiver.parser.error.CypherException} with position and caret.
     */
    public CypherResult cypher(PropertyGraph graph, String query, Map<String, ?> parameters) {
        QueryGuard guard = new QueryGuard(spark.sparkContext(), query, timeout, running);
        try {
            return guard.run(() -> executor.execute(graph, query, parameters)).guardedBy(guard);
        } catch (org.quiver.parser.error.CypherException e) {
            throw e.query().isPresent() ? e : e.withQuery(query);
        }
    }

    @Override
    public void close() {
        if (ownsSpark) {
            spark.stop();
        }
    }
}
