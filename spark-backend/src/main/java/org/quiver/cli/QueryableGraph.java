package org.quiver.cli;

import java.util.Map;
import org.quiver.api.CypherResult;

/** A graph opened for queries. Closing it stops the engine behind it (the local Spark). */
interface QueryableGraph extends AutoCloseable {
    /** Throws {@link org.quiver.parser.error.CypherException} for a mistake in the query. */
    CypherResult cypher(String query, Map<String, Object> parameters);

    /** Stores the graph {@code result} returned as the next version in {@code directory}; returns the version. */
    long save(CypherResult result, java.nio.file.Path directory, org.quiver.store.StoreFormat format);

    @Override
    void close();
}
