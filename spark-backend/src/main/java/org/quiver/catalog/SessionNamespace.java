package org.quiver.catalog;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import org.quiver.api.PropertyGraph;

/**
 * The namespace {@code session}: graphs kept in memory for as long as the session lives.
 *
 * <p>Thread-safe: a concurrent sorted map; a reader sees a graph stored or not, never half of one.
 */
public final class SessionNamespace implements GraphNamespace {
    private final Map<String, PropertyGraph> graphs = new ConcurrentSkipListMap<>();

    @Override
    public List<String> names() {
        return List.copyOf(graphs.keySet());
    }

    @Override
    public Optional<PropertyGraph> graph(String name) {
        return Optional.ofNullable(graphs.get(name));
    }

    @Override
    public void store(String name, PropertyGraph graph) {
        graphs.put(name, java.util.Objects.requireNonNull(graph, "graph"));
    }

    @Override
    public boolean drop(String name) {
        return graphs.remove(name) != null;
    }
}
