package org.quiver.testing;

import java.util.function.Supplier;
import org.apache.spark.sql.SparkSession;
import org.quiver.api.LocalSpark;
import org.quiver.api.QuiverSession;

/** The one local Spark session of a test JVM (two cores, no UI, loopback only, two shuffle partitions, no AQE). */
public final class TestSpark {
    private static SparkSession spark;
    private static QuiverSession quiver;

    private TestSpark() {
    }

    public static synchronized SparkSession spark() {
        if (spark == null) {
            spark = LocalSpark.create("local[2]");
            spark.conf().set("spark.sql.shuffle.partitions", "2");
            // Test graphs are tiny: adaptive re-planning costs more per query than it saves (about 1 s vs 0.4 s).
            spark.conf().set("spark.sql.adaptive.enabled", "false");
            spark.sparkContext().setLogLevel("WARN");
        }
        return spark;
    }

    /** A Quiver session over {@link #spark()}; closing it is not needed. */
    public static synchronized QuiverSession quiver() {
        if (quiver == null) {
            quiver = QuiverSession.of(spark());
        }
        return quiver;
    }

    /** {@code body}'s result with the Spark setting {@code key} set to {@code value}; the setting is restored after. */
    public static <T> T withConf(String key, String value, Supplier<T> body) {
        String before = spark().conf().get(key, null);
        spark().conf().set(key, value);
        try {
            return body.get();
        } finally {
            if (before == null) {
                spark().conf().unset(key);
            } else {
                spark().conf().set(key, before);
            }
        }
    }
}
