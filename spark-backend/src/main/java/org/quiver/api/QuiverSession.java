package org.quiver.api;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import org.apache.spark.sql.SparkSession;
import org.quiver.compile.QueryExecutor;
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
 * <p>A session may be used from several threads; the graphs and results it returns are immutable.
 */
public final class QuiverSession implements AutoCloseable {
    private final SparkSession spark;
    private final boolean ownsSpark;
    private final QueryExecutor executor;
    private final MappedGraphs mappedGraphs;

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
        return new QuiverSession(spark, false, new PlannerOptions(ruleNames), mappedGraphs);
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
        return executor.execute(graph, query, parameters);
    }

    @Override
    public void close() {
        if (ownsSpark) {
            spark.stop();
        }
    }
}
