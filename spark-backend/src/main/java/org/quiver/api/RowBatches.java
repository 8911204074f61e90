package org.quiver.api;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.quiver.compile.QueryGuard;
import org.quiver.compile.RuntimeErrors;
import org.quiver.planner.types.CypherType;

/**
 * The rows of a result as Java values, a batch at a time, read with {@link Dataset#toLocalIterator()}:
 * Spark runs a job per partition as the rows are reached, so the driver holds one partition and one
 * batch. Each batch is read under the query's guard (its timeout and cancellation), whose job group
 * covers the jobs the batch starts. Not thread-safe.
 */
final class RowBatches implements Iterator<List<List<Object>>> {
    private final Dataset<Row> data;
    private final List<CypherType> types;
    private final int batchRows;
    private final QueryGuard guard;
    private Iterator<Row> rows;
    private List<List<Object>> next;

    /** {@code guard} may be null: the result of a query run without one. */
    RowBatches(Dataset<Row> data, List<CypherType> types, int batchRows, QueryGuard guard) {
        if (batchRows < 1) {
            throw new IllegalArgumentException("batchRows must be positive, got " + batchRows);
        }
        this.data = data;
        this.types = types;
        this.batchRows = batchRows;
        this.guard = guard;
    }

    @Override
    public boolean hasNext() {
        if (next == null) {
            next = guard == null ? read() : guard.run(this::read);
        }
        return !next.isEmpty();
    }

    @Override
    public List<List<Object>> next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        List<List<Object>> batch = next;
        next = null;
        return batch;
    }

    /** The next batch; empty once every row was read. */
    private List<List<Object>> read() {
        try {
            if (rows == null) {
                rows = data.toLocalIterator();
            }
            List<List<Object>> batch = new ArrayList<>();
            while (batch.size() < batchRows && rows.hasNext()) {
                Row row = rows.next();
                List<Object> values = new ArrayList<>(types.size());
                for (int i = 0; i < types.size(); i++) {
                    values.add(SparkValues.toJava(row.get(i), types.get(i)));
                }
                batch.add(Collections.unmodifiableList(values));
            }
            return Collections.unmodifiableList(batch);
        } catch (Exception e) {
            // Spark's SparkException (a failed UDF, among others) is checked, though Scala throws it undeclared.
            throw RuntimeErrors.translate(e).map(RuntimeException.class::cast).orElseGet(() -> RuntimeErrors.rethrow(e));
        }
    }
}
