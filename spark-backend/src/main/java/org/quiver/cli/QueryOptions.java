package org.quiver.cli;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.quiver.api.CsvOptions;
import org.quiver.format.OutputFormat;
import org.quiver.store.StoreFormat;

/**
 * What {@code quiver query} was asked to do. Exactly one of {@code query} and {@code file} is
 * present; {@code save} is where the graph the (last) statement returns is stored, in
 * {@code saveFormat}. Without {@code graph} the statements run on an empty graph (they read the
 * graphs of {@code catalogs} by name). {@code catalogs} maps a namespace name to the directory of
 * stored graphs it reads and writes. Results go to {@code output} when present, else to standard
 * output; a binary {@code format} always has an {@code output}. Parameter values may be {@code null} (Cypher null), so the
 * map is not a {@code Map.of}.
 */
record QueryOptions(
        Optional<Path> graph,
        Map<String, Path> catalogs,
        Optional<java.time.Duration> timeout,
        OutputFormat format,
        Optional<Path> output,
        Map<String, Object> parameters,
        CsvOptions csv,
        Optional<String> query,
        Optional<Path> file,
        Optional<Path> save,
        StoreFormat saveFormat,
        boolean verbose) {

    QueryOptions {
        Objects.requireNonNull(graph, "graph");
        Objects.requireNonNull(timeout, "timeout");
        catalogs = Collections.unmodifiableMap(new LinkedHashMap<>(catalogs));
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(output, "output");
        if (format.isBinary() && output.isEmpty()) {
            throw new IllegalArgumentException(format.cliName() + " needs an output file");
        }
        Objects.requireNonNull(csv, "csv");
        Objects.requireNonNull(save, "save");
        Objects.requireNonNull(saveFormat, "saveFormat");
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        if (query.isPresent() == file.isPresent()) {
            throw new IllegalArgumentException("exactly one of query and file");
        }
    }
}
