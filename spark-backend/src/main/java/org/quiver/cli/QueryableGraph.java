package org.quiver.cli;

import java.util.Map;
import org.quiver.api.CypherResult;

/** A graph opened for queries. Closing it stops the engine behind it (the local Spark). */
interface QueryableGraph extends AutoCloseable {
    /** Throws {@link org.quiver.parser.error.CypherException} for a mistake in the query. */
    CypherResult cypher(String query, Map<String, Object> parameters);

    @Override
    void close();
}
