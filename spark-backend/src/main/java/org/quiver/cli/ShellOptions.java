package org.quiver.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** What {@code quiver shell} was asked to open: a graph (else an empty one), catalogs, a timeout per statement. */
record ShellOptions(Optional<Path> graph, Map<String, Path> catalogs, Optional<Duration> timeout, boolean verbose) {
    ShellOptions {
        Objects.requireNonNull(graph, "graph");
        Objects.requireNonNull(timeout, "timeout");
        catalogs = Collections.unmodifiableMap(new LinkedHashMap<>(catalogs));
    }
}
