package org.quiver.catalog;

import java.util.List;
import java.util.Optional;
import org.quiver.api.PropertyGraph;

/**
 * A place graphs are kept under names: the session's memory, a directory of stored graphs, …
 * Queries reach a graph {@code g} of the namespace registered as {@code ns} as {@code ns.g}
 * ({@code FROM GRAPH ns.g}, {@code CATALOG CREATE GRAPH ns.g { … }}).
 *
 * <pre>{@code
 * quiver.registerNamespace("warehouse", myNamespace);
 * quiver.cypher("FROM GRAPH warehouse.social MATCH (p:Person) RETURN count(p)");
 * }</pre>
 *
 * <p>Implementations may be called from several threads.
 */
public interface GraphNamespace {
    /** The names of the graphs it holds, sorted. */
    List<String> names();

    Optional<PropertyGraph> graph(String name);

    /** Whether it keeps earlier versions of its graphs, read with {@link #graph(String, long)}. */
    default boolean keepsVersions() {
        return false;
    }

    /**
     * Version {@code version} of the graph {@code name} ({@code FROM GRAPH archive.social@3}); empty
     * when there is no graph of that name or the namespace keeps no versions.
     */
    default Optional<PropertyGraph> graph(String name, long version) {
        return Optional.empty();
    }

    /** Keeps {@code graph} under {@code name}, replacing what was there. */
    void store(String name, PropertyGraph graph);

    /** Removes the graph; false when there was none of that name. */
    boolean drop(String name);
}
