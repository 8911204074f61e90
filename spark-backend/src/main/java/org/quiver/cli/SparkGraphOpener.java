package org.quiver.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.Supplier;
import org.quiver.api.CypherResult;
import org.quiver.api.PropertyGraph;
import org.quiver.api.QuiverSession;
import org.quiver.store.GraphDirectoryCatalog;
import org.quiver.store.StoreFormat;

/**
 * Loads the graph into a Quiver session and closes the session with the graph. For the command
 * line the session is {@link QuiverSession#submittedOrLocal()}, so closing stops its Spark; tests pass a
 * session over their shared Spark, which closing leaves running.
 */
final class SparkGraphOpener implements GraphOpener {
    private final Supplier<QuiverSession> sessions;

    SparkGraphOpener(Supplier<QuiverSession> sessions) {
        this.sessions = sessions;
    }

    @Override
    public QueryableGraph open(QueryOptions options) {
        QuiverSession opened = openSession(options.catalogs());
        try {
            QuiverSession session = options.timeout().map(opened::withTimeout).orElse(opened);
            PropertyGraph graph = options.graph().map(d -> session.loadGraph(d, options.csv()))
                    .orElseGet(session::emptyGraph);
            return new QueryableGraph() {
                @Override
                public CypherResult cypher(String query, Map<String, Object> parameters) {
                    return session.cypher(graph, query, parameters);
                }

                @Override
                public long save(CypherResult result, Path directory, StoreFormat format) {
                    return session.saveGraph(result.graph(), directory, format);
                }

                @Override
                public void close() {
                    opened.close();
                }
            };
        } catch (RuntimeException e) {
            opened.close();
            throw e;
        }
    }

    @Override
    public QuiverSession openSession(Map<String, Path> catalogs) {
        QuiverSession session = sessions.get();
        try {
            catalogs.forEach((name, directory) -> session.registerNamespace(name,
                    new GraphDirectoryCatalog(session.spark(), directory, StoreFormat.DELTA)));
            return session;
        } catch (RuntimeException e) {
            session.close();
            throw e;
        }
    }
}
