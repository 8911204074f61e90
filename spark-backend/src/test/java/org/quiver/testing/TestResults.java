package org.quiver.testing;

import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.quiver.api.CypherResult;
import org.quiver.planner.types.CypherType;

/**
 * Query results made by hand, for testing what consumes them (formats, the command line) without
 * the query engine: a Spark SQL {@code SELECT} gives the rows, the caller the Cypher types.
 */
public final class TestResults {
    private TestResults() {
    }

    /** A result whose columns are those of {@code select}, typed {@code types} in order. */
    public static CypherResult of(String select, CypherType... types) {
        Dataset<Row> data = TestSpark.spark().sql(select);
        List<String> columns = Arrays.asList(data.columns());
        if (columns.size() != types.length) {
            throw new IllegalArgumentException(columns.size() + " columns but " + types.length + " types");
        }
        return new CypherResult(columns, List.of(types), data, TestSpark.quiver().emptyGraph(),
                org.quiver.api.SideEffects.NONE);
    }

    /** A node value as the executor builds it: {@code struct(id, labels, properties)}. */
    public static String node(long id, String labelsArray, String propertiesStruct) {
        return "named_struct('id', CAST(" + id + " AS BIGINT), 'labels', " + labelsArray
                + ", 'properties', " + propertiesStruct + ")";
    }
}
