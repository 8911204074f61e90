package org.quiver.cli;

import java.nio.file.Path;
import org.quiver.api.CsvOptions;

/**
 * Opens a graph directory for queries. The command line takes one so its tests can run without
 * Spark or the query engine; {@link SparkGraphOpener} is the real one.
 */
interface GraphOpener {
    /** Throws {@link org.quiver.parser.error.DataError} when a file of the graph is bad. */
    QueryableGraph open(Path directory, CsvOptions options);
}
