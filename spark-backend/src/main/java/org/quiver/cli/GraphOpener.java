package org.quiver.cli;

import java.nio.file.Path;
import java.util.Map;

/**
 * Opens a graph directory for queries. The command line takes one so its tests can run without
 * Spark or the query engine; {@link SparkGraphOpener} is the real one.
 */
interface GraphOpener {
    /**
     * Opens the graph of {@code options} (an empty one without {@code --graph}) with its catalogs
     * and timeout. Throws {@link org.quiver.parser.error.DataError} when a file of the graph is bad.
     */
    QueryableGraph open(QueryOptions options);

    /**
     * A session with the directories of {@code catalogs} registered as namespaces, for commands
     * that work with the session itself (the shell, schema). The caller closes it.
     */
    org.quiver.api.QuiverSession openSession(Map<String, Path> catalogs);
}
