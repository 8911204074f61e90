package org.quiver.io;

import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;
import org.quiver.api.CsvOptions;
import org.quiver.api.PropertyGraph;

/** Loads a graph directory of neo4j-admin-style CSV files. */
public final class CsvGraphLoader {
    private CsvGraphLoader() {
    }

    public static PropertyGraph load(SparkSession spark, Path directory, CsvOptions options) {
        throw new UnsupportedOperationException("CSV loader not written yet");
    }
}
