package org.quiver.cli;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@code quiver schema} describes: the graph directory {@code graph}, or the graph
 * {@code name} of the catalogs, in {@code format} ({@code text}, {@code dot} or {@code svg}).
 */
record SchemaOptions(Optional<Path> graph, Map<String, Path> catalogs, Optional<String> name, String format,
        boolean verbose) {
    SchemaOptions {
        Objects.requireNonNull(graph, "graph");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(format, "format");
        catalogs = Collections.unmodifiableMap(new LinkedHashMap<>(catalogs));
        if (graph.isPresent() == name.isPresent()) {
            throw new IllegalArgumentException("exactly one of graph and name");
        }
    }
}
