package org.quiver.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.spark.SparkConf;
import org.junit.jupiter.api.Test;

class SubmittedSparkTest {
    private static SparkConf submitted() {
        return new SparkConf(false).setMaster("spark://127.0.0.1:7077");
    }

    @Test
    void addsTheSettingsQuiverNeedsToABareSubmission() {
        SparkConf conf = SubmittedSpark.withQuiverSettings(submitted());

        assertEquals("spark://127.0.0.1:7077", conf.get("spark.master"));
        assertEquals("quiver", conf.get("spark.app.name"));
        assertEquals("UTC", conf.get("spark.sql.session.timeZone"));
        assertEquals("io.delta.sql.DeltaSparkSessionExtension", conf.get("spark.sql.extensions"));
        assertEquals("org.apache.spark.sql.delta.catalog.DeltaCatalog", conf.get("spark.sql.catalog.spark_catalog"));
    }

    @Test
    void keepsWhatTheSubmitterSetAndAppendsDeltaToTheirExtensions() {
        SparkConf conf = SubmittedSpark.withQuiverSettings(submitted()
                .setAppName("nightly graph report")
                .set("spark.sql.session.timeZone", "Europe/Oslo")
                .set("spark.sql.extensions", "com.example.Rules"));

        assertEquals("nightly graph report", conf.get("spark.app.name"));
        assertEquals("Europe/Oslo", conf.get("spark.sql.session.timeZone"));
        assertEquals("com.example.Rules,io.delta.sql.DeltaSparkSessionExtension", conf.get("spark.sql.extensions"));
    }

    @Test
    void doesNotAddDeltaTwice() {
        SparkConf conf = SubmittedSpark.withQuiverSettings(submitted()
                .set("spark.sql.extensions", "io.delta.sql.DeltaSparkSessionExtension"));

        assertEquals("io.delta.sql.DeltaSparkSessionExtension", conf.get("spark.sql.extensions"));
    }
}
