package org.quiver.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.quiver.api.PropertyGraph;
import org.quiver.catalog.GraphNamespace;
import org.quiver.parser.error.ArgumentError;

/**
 * Named graphs stored under one root directory, one subdirectory each ({@code <root>/<name>/}, a
 * {@link GraphStore} directory). Saving a name again adds a version; loading reads the latest.
 *
 * <pre>{@code
 * GraphDirectoryCatalog catalog = new GraphDirectoryCatalog(spark, Path.of("graphs"), StoreFormat.DELTA);
 * catalog.save("social", graph);
 * PropertyGraph social = catalog.load("social").orElseThrow();
 * }</pre>
 *
 * <p>As a {@link GraphNamespace} of a session, queries read and write it by name:
 * <pre>{@code
 * quiver.registerNamespace("archive", catalog);
 * quiver.cypher("CATALOG CREATE GRAPH archive.friends { FROM GRAPH archive.social MATCH … CONSTRUCT … RETURN GRAPH }");
 * }</pre>
 *
 * <p>A name is any text that is a single directory name: not empty, without {@code /} or
 * {@code \}, not starting with {@code .} or {@code _} (those are the catalog's own). Safe to use
 * from several threads; what one thread saves, the next load of another sees whole or not at all.
 */
public final class GraphDirectoryCatalog implements GraphNamespace {
    private final Path root;
    private final StoreFormat format;
    private final GraphStore store;

    public GraphDirectoryCatalog(SparkSession spark, Path root, StoreFormat format) {
        this.root = Objects.requireNonNull(root, "root");
        this.format = Objects.requireNonNull(format, "format");
        this.store = new GraphStore(spark);
    }

    public Path root() {
        return root;
    }

    /** The names of the stored graphs, sorted. */
    @Override
    public List<String> names() {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(root)) {
            return entries.filter(GraphStore::isStoredGraph)
                    .map(p -> p.getFileName().toString())
                    .filter(GraphDirectoryCatalog::isName)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + root, e);
        }
    }

    /** The latest version of the graph {@code name}; empty when there is none. */
    public Optional<PropertyGraph> load(String name) {
        Path directory = directory(name);
        return GraphStore.isStoredGraph(directory) ? Optional.of(store.load(directory)) : Optional.empty();
    }

    /** The latest version of the graph {@code name}; empty when there is none or {@code name} cannot name one. */
    @Override
    public Optional<PropertyGraph> graph(String name) {
        return isName(name) ? load(name) : Optional.empty();
    }

    @Override
    public boolean keepsVersions() {
        return true;
    }

    /** Version {@code version} of the graph {@code name}; a version that does not exist is a {@code DataError} listing the versions. */
    @Override
    public Optional<PropertyGraph> graph(String name, long version) {
        Path directory = isName(name) ? directory(name) : null;
        return directory != null && GraphStore.isStoredGraph(directory)
                ? Optional.of(store.load(directory, version)) : Optional.empty();
    }

    /** Stores {@code graph} as the next version of {@code name}; earlier versions stay loadable. */
    @Override
    public void store(String name, PropertyGraph graph) {
        save(name, graph);
    }

    /** Stores {@code graph} as the next version of {@code name}; returns the version number. */
    public long save(String name, PropertyGraph graph) {
        return store.save(graph, directory(name), format);
    }

    /**
     * Removes the graph {@code name} with all its versions; false when there was none. The directory
     * is first renamed away in one step, so a concurrent load finds the graph whole or not at all.
     */
    @Override
    public boolean drop(String name) {
        Path directory = directory(name);
        if (!GraphStore.isStoredGraph(directory)) {
            return false;
        }
        Path dropped = root.resolve(".dropped-" + UUID.randomUUID());
        try {
            Files.move(directory, dropped, StandardCopyOption.ATOMIC_MOVE);
            DirectoryTrees.delete(dropped);
            return true;
        } catch (java.nio.file.NoSuchFileException e) {
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot drop the graph " + name + " in " + root, e);
        }
    }

    private Path directory(String name) {
        if (!isName(name)) {
            throw new ArgumentError("InvalidArgumentValue", "`" + name + "` cannot name a graph in the directory "
                    + root + ": a name is one directory name, not starting with `.` or `_`", null);
        }
        return root.resolve(name);
    }

    private static boolean isName(String name) {
        return !name.isEmpty() && !name.contains("/") && !name.contains("\\") && !name.contains("\u0000")
                && !name.startsWith(".") && !name.startsWith("_");
    }
}
