package org.quiver.cli;

/**
 * Keeps Spark's INFO log off the terminal. Spark logs through Log4j 2, which reads its
 * configuration once, when the first logger is made; so this runs before anything touches Spark.
 */
final class CliLogging {
    static final String CONFIGURATION = "quiver-cli-log4j2.properties";
    private static final String PROPERTY = "log4j2.configurationFile";

    private CliLogging() {
    }

    /**
     * Points Log4j at our quiet configuration, unless the user chose one ({@code -D} in
     * {@code JAVA_OPTS}) or asked for {@code --verbose}: then Spark's own default (INFO) applies.
     */
    static void configure(boolean verbose) {
        if (!verbose && System.getProperty(PROPERTY) == null) {
            System.setProperty(PROPERTY, CONFIGURATION);
        }
    }
}
