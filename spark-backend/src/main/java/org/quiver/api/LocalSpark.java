package org.quiver.api;

import org.apache.spark.sql.SparkSession;

/**
 * The settings of the in-process Spark that Quiver starts when the caller brings none.
 *
 * <pre>{@code
 * SparkSession spark = LocalSpark.create("local[4]");
 * QuiverSession quiver = QuiverSession.of(spark);
 * }</pre>
 */
public final class LocalSpark {
    private LocalSpark() {
    }

    /**
     * A local Spark session bound to 127.0.0.1, without UI, with few shuffle partitions (graphs on
     * one machine are small next to the default of 200).
     */
    public static SparkSession create(String master) {
        return SparkSession.builder()
                .master(master)
                .appName("quiver")
                .config("spark.ui.enabled", "false")
                .config("spark.ui.showConsoleProgress", "false")
                .config("spark.sql.shuffle.partitions", "4")
                .config("spark.default.parallelism", "4")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.sql.session.timeZone", "UTC")
                // Stored graphs default to Delta tables, whose writes need Delta's extension and catalog
                // (the catalog delegates every non-Delta table to Spark's own).
                .config("spark.sql.extensions", "io.delta.sql.DeltaSparkSessionExtension")
                .config("spark.sql.catalog.spark_catalog", "org.apache.spark.sql.delta.catalog.DeltaCatalog")
                // Delta rebuilds a table's state from its log in 50 tasks by default; a local graph's
                // tables have a handful of files, so those tasks are pure overhead on every read.
                .config("spark.databricks.delta.snapshotPartitions", "2")
                .getOrCreate();
    }
}
