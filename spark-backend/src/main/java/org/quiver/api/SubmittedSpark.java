package org.quiver.api;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * The Spark session of an application started by {@code spark-submit}, which passes the master and
 * every {@code --conf} as {@code spark.*} system properties:
 *
 * <pre>
 * spark-submit --master spark://host:7077 --class org.quiver.cli.Main quiver-cluster.jar query …
 * </pre>
 *
 * <p>Unlike {@link LocalSpark} it binds to no address and keeps Spark's partitioning defaults (the
 * cluster's settings apply); it adds only what Quiver's answers and stored graphs depend on, and
 * only where the submitter did not set it.
 */
public final class SubmittedSpark {
    private static final String DELTA_EXTENSION = "io.delta.sql.DeltaSparkSessionExtension";

    private SubmittedSpark() {
    }

    /** True when a master was given from outside (spark-submit, or {@code -Dspark.master=…}). */
    public static boolean isSubmitted() {
        return System.getProperty("spark.master") != null;
    }

    public static SparkSession create() {
        return SparkSession.builder().config(withQuiverSettings(new SparkConf())).getOrCreate();
    }

    /** {@code conf} (the submitter's settings) plus Quiver's where it has none. */
    static SparkConf withQuiverSettings(SparkConf conf) {
        conf.setIfMissing("spark.app.name", "quiver");
        // Temporal values without a zone are read and shown in UTC, as LocalSpark does.
        conf.setIfMissing("spark.sql.session.timeZone", "UTC");
        // Stored graphs are Delta tables by default (see LocalSpark); other extensions stay.
        String extensions = conf.get("spark.sql.extensions", "");
        if (!extensions.contains(DELTA_EXTENSION)) {
            conf.set("spark.sql.extensions", extensions.isEmpty() ? DELTA_EXTENSION : extensions + "," + DELTA_EXTENSION);
        }
        conf.setIfMissing("spark.sql.catalog.spark_catalog", "org.apache.spark.sql.delta.catalog.DeltaCatalog");
        return conf;
    }
}
