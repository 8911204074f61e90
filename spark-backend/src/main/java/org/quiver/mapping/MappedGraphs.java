package org.quiver.mapping;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.sql.SparkSession;
import org.quiver.api.PropertyGraph;
import org.quiver.parser.ddl.GraphDdl;
import org.quiver.parser.ddl.ast.CreatePropertyGraph;
import org.quiver.parser.ddl.ast.DropPropertyGraph;
import org.quiver.parser.ddl.ast.GraphDdlStatement;
import org.quiver.parser.error.CypherException;
import org.quiver.parser.error.SemanticError;

/**
 * The graphs that mapping statements named, by their dotted name: a plain map until the session
 * has a catalog of graphs.
 *
 * <p>Thread-safe: a concurrent map, with each create or replace of a name done in one atomic compute.
 */
public final class MappedGraphs {
    private final Map<String, MappedGraph> graphs = new ConcurrentHashMap<>();

    public Optional<PropertyGraph> get(String name) {
        return Optional.ofNullable(graphs.get(name)).map(MappedGraph::graph);
    }

    /** @see KeyCheck#run */
    public List<String> checkKeys(String name) {
        MappedGraph mapped = graphs.get(name);
        if (mapped == null) {
            throw new SemanticError("GraphNotFound", "There is no graph named " + name, null);
        }
        return mapped.tables().checkKeys();
    }

    /**
     * Runs a mapping statement: returns the graph a {@code CREATE} mapped (or the one already there
     * under {@code IF NOT EXISTS}), or the graph a {@code DROP} removed.
     *
     * @throws CypherException with the statement text for the caret
     */
    public Optional<PropertyGraph> execute(SparkSession spark, String text) {
        try {
            GraphDdlStatement statement = GraphDdl.parse(text);
            String name = statement.graph().text();
            if (statement instanceof DropPropertyGraph drop) {
                MappedGraph dropped = graphs.remove(name);
                if (dropped == null && !drop.ifExists()) {
                    throw new SemanticError("GraphNotFound", "There is no graph named " + name, drop.graph().span());
                }
                return Optional.ofNullable(dropped).map(MappedGraph::graph);
            }
            CreatePropertyGraph create = (CreatePropertyGraph) statement;
            // One compute per name, so that two threads creating the same name cannot both win.
            MappedGraph mapped = graphs.compute(name, (key, existing) -> {
                if (existing != null && create.ifNotExists()) {
                    return existing;
                }
                if (existing != null && !create.orReplace()) {
                    throw new SemanticError("GraphAlreadyExists", "A graph named " + name
                            + " exists; write CREATE OR REPLACE PROPERTY GRAPH to replace it", create.graph().span());
                }
                TableMappings tables = CreateGraphResolver.resolve(spark, create);
                return new MappedGraph(tables.graph(), tables);
            });
            return Optional.of(mapped.graph());
        } catch (CypherException e) {
            throw e.query().isPresent() ? e : e.withQuery(text);
        }
    }

    private record MappedGraph(PropertyGraph graph, TableMappings tables) {
    }
}
