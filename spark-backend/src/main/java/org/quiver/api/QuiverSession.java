package org.quiver.api;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import org.apache.spark.sql.SparkSession;
import org.quiver.compile.QueryExecutor;
import org.quiver.compile.QueryGuard;
import org.quiver.io.CsvGraphLoader;
import org.quiver.mapping.MappedGraphs;
import org.quiver.planner.PlannerOptions;

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
 * <p>A session may be used from several threads; the graphs and results it returns are immutable.
 */
public final class QuiverSession implements AutoCloseable {
    private final SparkSession spark;
    private final boolean ownsSpark;
    private final QueryExecutor executor;
    private final MappedGraphs mappedGraphs;
    private java.util.Optional<java.time.Duration> timeout = java.util.Optional.empty();
    private java.util.Set<QueryGuard> running = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private QuiverSession(SparkSession spark, boolean ownsSpark, PlannerOptions options) {
        this(spark, ownsSpark, options, new MappedGraphs());
    }

    private QuiverSession(SparkSession spark, boolean ownsSpark, PlannerOptions options, MappedGraphs mappedGraphs) {
        this.spark = Objects.requireNonNull(spark, "spark");
        // Cypher names are case-sensitive: `name` and `NAME` are two properties, which Spark's
        // default case-insensitive resolution would mix up.
        spark.conf().set("spark.sql.caseSensitive", "true");
        this.ownsSpark = ownsSpark;
        this.executor = new QueryExecutor(spark, options);
        this.mappedGraphs = mappedGraphs;
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
        return derived(new QuiverSession(spark, false, new PlannerOptions(ruleNames), mappedGraphs), timeout);
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
        return derived(new QuiverSession(spark, false, executor.options(), mappedGraphs), java.util.Optional.of(limit));
    }

    private QuiverSession derived(QuiverSession session, java.util.Optional<java.time.Duration> limit) {
        session.timeout = limit;
        session.running = running;
        return session;
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

    /** Loads a graph directory ({@code nodes/*.csv}, {@code relationships/*.csv}, neo4j-admin headers). */
    public PropertyGraph loadGraph(Path directory) {
        return loadGraph(directory, CsvOptions.DEFAULTS);
    }

    public PropertyGraph loadGraph(Path directory, CsvOptions options) {
        return CsvGraphLoader.load(spark, directory, options);
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
        return mappedGraphs.execute(spark, mappingStatement);
    }

    /** The graph a mapping statement created under {@code name} (dotted, as written in the statement). */
    public java.util.Optional<PropertyGraph> graph(String name) {
        return mappedGraphs.get(name);
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
