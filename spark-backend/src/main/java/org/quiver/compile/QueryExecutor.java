package org.quiver.compile;

import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.quiver.api.CypherResult;
import org.quiver.api.PropertyGraph;

/** Parses, plans and compiles a query to a DataFrame. */
public final class QueryExecutor {
    private final SparkSession spark;

    public QueryExecutor(SparkSession spark) {
        this.spark = spark;
    }

    public CypherResult execute(PropertyGraph graph, String query, Map<String, ?> parameters) {
        throw new UnsupportedOperationException("not written yet");
    }
}
