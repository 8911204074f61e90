package org.quiver.tck;

import org.apache.spark.sql.SparkSession;
import org.quiver.api.LocalSpark;

/**
 * The one local Spark session of the TCK test JVM: two cores, no UI, loopback only, two shuffle
 * partitions (TCK graphs have a handful of rows; more partitions only add tasks).
 */
public final class TckSpark {
    private static SparkSession spark;

    private TckSpark() {
    }

    public static synchronized SparkSession spark() {
        if (spark == null) {
            spark = LocalSpark.create("local[2]");
            spark.conf().set("spark.sql.shuffle.partitions", "2");
            // Adaptive re-planning costs more than it saves on graphs of a handful of rows.
            spark.conf().set("spark.sql.adaptive.enabled", "false");
            spark.sparkContext().setLogLevel("WARN");
        }
        return spark;
    }
}
