package org.quiver.api;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.ipc.ArrowReader;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.quiver.arrow.ArrowFileExport;
import org.quiver.arrow.ResultArrowReader;
import org.quiver.compile.RuntimeErrors;
import org.quiver.planner.types.CypherType;

/**
 * The rows of a query: column names in {@code RETURN} order, readable as a Spark
 * {@code Dataset<Row>} (lazy, nothing runs until it is used), as Java values (runs the query once
 * and keeps the rows) or as Apache Arrow record batches ({@link #toArrow}, {@link #writeArrow},
 * read batch by batch).
 *
 * <pre>{@code
 * CypherResult result = session.cypher(graph, "MATCH (p:Person) RETURN p.name AS name");
 * for (Map<String, Object> record : result.records()) {
 *     System.out.println(record.get("name"));
 * }
 * result.toDataFrame().show();
 * result.writeArrow(Path.of("people.arrow"));
 * }</pre>
 *
 * <p>Java values are {@code Long} (Cypher Integer), {@code Double} (Float), {@code String},
 * {@code Boolean}, {@code null}, {@code List<Object>}, {@code Map<String, Object>}, {@link Node}
 * and {@link Relationship}.
 *
 * <p>Thread-safe: {@link #rows()} runs the query once under a lock, and {@link #cancel()} may be
 * called from any thread.
 */
public final class CypherResult {
    private final List<String> columns;
    private final List<CypherType> types;
    private final Dataset<Row> data;
    private final PropertyGraph graph;
    private final SideEffects sideEffects;
    private final org.quiver.parser.error.CypherException failure;
    private final boolean returnsGraph;
    private List<List<Object>> rows;
    // Read by cancel() from another thread than the one that set it.
    private volatile org.quiver.compile.QueryGuard guard;
    private org.quiver.planner.explain.Explanation explanation;
    private String profiledPlan;

    /** Made by the query executor; {@code data} has one column per name, in order. */
    public CypherResult(List<String> columns, List<CypherType> types, Dataset<Row> data, PropertyGraph graph,
            SideEffects sideEffects) {
        this(columns, types, data, graph, sideEffects, false);
    }

    private CypherResult(List<String> columns, List<CypherType> types, Dataset<Row> data, PropertyGraph graph,
            SideEffects sideEffects, boolean returnsGraph) {
        this.returnsGraph = returnsGraph;
        this.columns = List.copyOf(columns);
        this.types = List.copyOf(types);
        this.data = data;
        this.graph = java.util.Objects.requireNonNull(graph, "graph");
        this.sideEffects = java.util.Objects.requireNonNull(sideEffects, "sideEffects");
        this.failure = null;
    }

    private CypherResult(List<String> columns, List<CypherType> types, PropertyGraph graph,
            org.quiver.parser.error.CypherException failure) {
        this.columns = List.copyOf(columns);
        this.types = List.copyOf(types);
        this.data = null;
        this.returnsGraph = false;
        this.graph = java.util.Objects.requireNonNull(graph, "graph");
        this.sideEffects = SideEffects.NONE;
        this.failure = java.util.Objects.requireNonNull(failure, "failure");
    }

    /**
     * A statement whose update failed while running (a property of a type that cannot be stored, a
     * node deleted with its relationships left): nothing was written, so {@link #graph()} is the
     * queried graph, and reading the rows throws {@code failure}, as an error of a read-only query
     * surfaces when its rows are read.
     */
    public static CypherResult failed(List<String> columns, List<CypherType> types, PropertyGraph graph,
            org.quiver.parser.error.CypherException failure) {
        return new CypherResult(columns, types, graph, failure);
    }

    /**
     * The result of a statement that returns a graph ({@code … RETURN GRAPH}, {@code CATALOG CREATE
     * GRAPH}): no columns, no rows, and {@link #graph()} is that graph.
     */
    public static CypherResult ofGraph(PropertyGraph graph, org.apache.spark.sql.SparkSession spark) {
        return new CypherResult(List.of(), List.of(),
                spark.createDataFrame(List.of(), new org.apache.spark.sql.types.StructType()), graph, SideEffects.NONE,
                true);
    }

    /** Made by the query executor for {@code EXPLAIN}: the plans as data, besides their text in the rows. */
    public CypherResult withExplanation(org.quiver.planner.explain.Explanation plans) {
        this.explanation = java.util.Objects.requireNonNull(plans, "plans");
        return this;
    }

    /**
     * For an {@code EXPLAIN} statement, its plans stage by stage, with {@code text()} and
     * {@code json()} forms; empty for any other statement.
     */
    public java.util.Optional<org.quiver.planner.explain.Explanation> explanation() {
        return java.util.Optional.ofNullable(explanation);
    }

    /** Made by the query executor for {@code PROFILE}: the optimized plan the rows come from. */
    public CypherResult withProfile(String optimizedPlan) {
        this.profiledPlan = java.util.Objects.requireNonNull(optimizedPlan, "optimizedPlan");
        return this;
    }

    /**
     * For a {@code PROFILE} statement, after running it (this reads the rows if nothing did yet):
     * the optimized logical plan with estimated rows, then the Spark plan it ran with the actual rows
     * and times of each operator as Spark measured them. Spark does not map its operators back to
     * Quiver's, so actual rows are shown per Spark operator. Empty for any other statement.
     */
    public java.util.Optional<String> profile() {
        if (profiledPlan == null) {
            return java.util.Optional.empty();
        }
        rows();
        return java.util.Optional.of("Optimized logical plan (~ estimated rows)\n" + profiledPlan
                + "\nSpark plan (actual rows and times)\n" + org.quiver.compile.SparkProfile.render(data));
    }

    /** True when the statement's result is its graph ({@code RETURN GRAPH}) rather than rows. */
    public boolean returnsGraph() {
        return returnsGraph;
    }

    /**
     * The graph after the statement: the queried graph itself for a read-only query, a new version
     * for a statement that updates (the queried graph object is never changed), the graph built for
     * one that returns a graph.
     */
    public PropertyGraph graph() {
        return graph;
    }

    /** What the statement changed; {@link SideEffects#NONE} for a read-only query. */
    public SideEffects sideEffects() {
        return sideEffects;
    }

    public List<String> columns() {
        return columns;
    }

    /** The static Cypher type of each column, as analysis inferred it. */
    public List<CypherType> columnTypes() {
        return types;
    }

    /**
     * The result as a DataFrame whose columns are named as the query's result columns. Nodes are
     * structs {@code (id, labels, properties)}, relationships {@code (id, type, start, end,
     * properties)}.
     */
    public Dataset<Row> toDataFrame() {
        if (failure != null) {
            throw failure;
        }
        return data;
    }

    /**
     * Each row as Java values in column order. Runs the query the first time; errors Cypher defines
     * at run time (integer overflow, division by zero) surface as {@link org.quiver.parser.error.CypherException}s.
     */
    public synchronized List<List<Object>> rows() {
        if (failure != null) {
            throw failure;
        }
        if (rows == null) {
            List<Row> collected = guard == null ? collect() : guard.run(this::collect);
            List<List<Object>> converted = new ArrayList<>();
            for (Row row : collected) {
                List<Object> values = new ArrayList<>(columns.size());
                for (int i = 0; i < columns.size(); i++) {
                    values.add(SparkValues.toJava(row.get(i), types.get(i)));
                }
                converted.add(Collections.unmodifiableList(values));
            }
            rows = Collections.unmodifiableList(converted);
        }
        return rows;
    }

    private List<Row> collect() {
        try {
            return data.collectAsList();
        } catch (Exception e) {
            // Spark's SparkException (a failed UDF, among others) is checked, though Scala throws it undeclared.
            throw RuntimeErrors.translate(e).map(RuntimeException.class::cast).orElseGet(() -> RuntimeErrors.rethrow(e));
        }
    }

    /**
     * The rows as Java values (as {@link #rows()} gives them) in batches of at most {@code batchRows},
     * read from Spark a partition at a time so that the driver never holds the whole result, each
     * batch under the query's timeout and cancellation. Rows {@link #rows()} already read are batched
     * from memory. Each call reads the rows anew.
     */
    public synchronized java.util.Iterator<List<List<Object>>> rowBatches(int batchRows) {
        if (failure != null) {
            throw failure;
        }
        if (rows == null) {
            return new RowBatches(data, types, batchRows, guard);
        }
        if (batchRows < 1) {
            throw new IllegalArgumentException("batchRows must be positive, got " + batchRows);
        }
        List<List<List<Object>>> batches = new ArrayList<>();
        for (int start = 0; start < rows.size(); start += batchRows) {
            batches.add(rows.subList(start, Math.min(rows.size(), start + batchRows)));
        }
        return batches.iterator();
    }

    /**
     * The rows as Arrow record batches of up to 65 536 rows, in buffers of an allocator the reader
     * makes and closes with itself. The caller closes the reader. See {@link #toArrow(BufferAllocator, int)}.
     */
    public ArrowReader toArrow() {
        return ResultArrowReader.withOwnAllocator(this, ResultArrowReader.DEFAULT_BATCH_ROWS);
    }

    /** As {@link #toArrow(BufferAllocator, int)}, in batches of up to 65 536 rows. */
    public ArrowReader toArrow(BufferAllocator allocator) {
        return ResultArrowReader.of(this, allocator, ResultArrowReader.DEFAULT_BATCH_ROWS);
    }

    /**
     * The rows as Arrow record batches of up to {@code batchRows} rows, read from Spark as the caller
     * asks for them (nothing runs before the first {@code loadNextBatch()}):
     *
     * <pre>{@code
     * try (BufferAllocator allocator = new RootAllocator();
     *      ArrowReader reader = result.toArrow(allocator, 10_000)) {
     *     VectorSchemaRoot batch = reader.getVectorSchemaRoot();
     *     while (reader.loadNextBatch()) {
     *         System.out.println(batch.contentToTSVString());
     *     }
     * }
     * }</pre>
     *
     * <p>The buffers come from {@code allocator}, which the caller closes after the reader. Every
     * loaded batch replaces the previous one in the same {@code VectorSchemaRoot}. How each Cypher type
     * is laid out, and the {@value ResultArrowReader#CYPHER_TYPE} field metadata: {@link ResultArrowReader}.
     */
    public ArrowReader toArrow(BufferAllocator allocator, int batchRows) {
        return ResultArrowReader.of(this, allocator, batchRows);
    }

    /**
     * Writes the rows as an Arrow IPC file ({@code pyarrow.ipc.open_file} reads it), reading them
     * batch by batch; returns the number of rows. The file appears only when complete: a failing query
     * leaves an earlier file at {@code file} as it was.
     */
    public long writeArrow(java.nio.file.Path file) throws java.io.IOException {
        return ArrowFileExport.write(this, file, ResultArrowReader.DEFAULT_BATCH_ROWS);
    }

    /** As {@link #writeArrow(java.nio.file.Path)}, to a stream the caller closes. */
    public long writeArrow(java.io.OutputStream out) throws java.io.IOException {
        return ArrowFileExport.write(this, out, ResultArrowReader.DEFAULT_BATCH_ROWS);
    }

    /** Runs the reading of the rows under the timeout and cancellation of the query that made this result. */
    CypherResult guardedBy(org.quiver.compile.QueryGuard queryGuard) {
        this.guard = queryGuard;
        return this;
    }

    /**
     * Cancels the Spark jobs that read this result's rows, from another thread: {@link #rows()} then
     * throws {@link org.quiver.parser.error.Cancelled}. Jobs a caller starts on {@link #toDataFrame()}
     * are the caller's to cancel.
     */
    public void cancel() {
        if (guard != null) {
            guard.cancel();
        }
    }

    /** Each row as a map from column name to Java value, in column order. */
    public List<Map<String, Object>> records() {
        List<Map<String, Object>> records = new ArrayList<>();
        for (List<Object> row : rows()) {
            Map<String, Object> record = new LinkedHashMap<>();
            for (int i = 0; i < columns.size(); i++) {
                record.put(columns.get(i), row.get(i));
            }
            records.add(Collections.unmodifiableMap(record));
        }
        return records;
    }
}
