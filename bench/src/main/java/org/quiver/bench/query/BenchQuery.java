package org.quiver.bench.query;

import java.util.Map;
import java.util.Objects;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.quiver.bench.graph.BenchGraph;

/**
 * One benchmark query: the Cypher text, and the DataFrame code a Spark engineer would write by
 * hand for the same answer (same columns in the same order, same rows).
 */
public record BenchQuery(String name, String description, String cypher, Baseline baseline) {
    public BenchQuery {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(cypher, "cypher");
        Objects.requireNonNull(baseline, "baseline");
    }

    /** The hand-written plan; it may run Spark jobs while building (a breadth-first search does). */
    @FunctionalInterface
    public interface Baseline {
        Dataset<Row> build(BenchGraph graph, Map<String, Object> parameters);
    }
}
