package org.quiver.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** {@code quiver 0.1.0-SNAPSHOT (Spark 4.2.0, Java 17.0.15)}, read from the jars' build metadata. */
final class VersionText {
    private VersionText() {
    }

    static String describe() {
        String quiver = property("/META-INF/maven/org.quiver/quiver-spark-backend/pom.properties", "version");
        String spark = property("/spark-version-info.properties", "version");
        return "quiver " + quiver + " (Spark " + spark + ", Java " + System.getProperty("java.version") + ")";
    }

    /** The value, or {@code unknown} when the file is absent (running from classes, not the jar). */
    private static String property(String resource, String key) {
        try (InputStream in = VersionText.class.getResourceAsStream(resource)) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty(key, "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
