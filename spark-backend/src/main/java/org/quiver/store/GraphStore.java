package org.quiver.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.quiver.api.PropertyGraph;
import org.quiver.compile.RuntimeErrors;
import org.quiver.graph.NodeTable;
import org.quiver.graph.RelationshipTable;
import org.quiver.parser.error.DataError;
import org.quiver.planner.types.CypherType;

/**
 * Stores graphs in a directory and loads them back, version by version.
 *
 * <pre>{@code
 * GraphStore store = new GraphStore(spark);
 * long version = store.save(graph, Path.of("graphs/social"), StoreFormat.DELTA);
 * PropertyGraph latest = store.load(Path.of("graphs/social"));
 * PropertyGraph first = store.load(Path.of("graphs/social"), 1);
 * }</pre>
 *
 * <p>Layout: {@code _versions/<n>.json} is the manifest of version n (see {@link ManifestJson});
 * Delta tables live in {@code delta/nodes/<name>} and {@code delta/relationships/<name>}, one per
 * label combination or relationship type, shared by all versions (each version pins its table
 * versions); Parquet, ORC and CSV tables of a version live in {@code data/<uuid>/nodes/…} and
 * {@code data/<uuid>/relationships/…}, written next to the older versions' tables.
 *
 * <p>A save writes every table first and publishes the manifest last, in one atomic step (see
 * {@link VersionLog}): a reader sees a whole version or the previous one, and a save that fails or
 * is killed leaves no version behind, only unreferenced files. Loading reads the manifest and
 * builds lazy DataFrames over the files, so a query's column pruning and filters reach the
 * Parquet, ORC, Delta or CSV reader. A store may be used from several threads and processes.
 */
public final class GraphStore {
    private final SparkSession spark;
    private final TableFiles files;

    public GraphStore(SparkSession spark) {
        this.spark = spark;
        this.files = new TableFiles(spark);
    }

    /** Whether {@code directory} holds a stored graph (a {@code _versions/} directory). */
    public static boolean isStoredGraph(Path directory) {
        return new VersionLog(directory).exists();
    }

    /** The published versions, oldest first; empty when the directory holds no stored graph. */
    public List<Long> versions(Path directory) {
        return new VersionLog(directory).versions();
    }

    /**
     * Writes {@code graph} as the next version of the graph in {@code directory}, which must not
     * exist, be empty, or hold a stored graph.
     *
     * @return the version published
     */
    public long save(PropertyGraph graph, Path directory, StoreFormat format) {
        checkWritable(directory);
        String stage = "data/" + UUID.randomUUID();
        try {
            List<StoredNodes> nodes = new ArrayList<>();
            for (var group : nodeGroups(graph).entrySet()) {
                List<StoredProperty> properties = properties(group.getValue().stream().map(NodeTable::properties).toList());
                String path = tablePath(format, stage, TableKind.NODES, TableNames.nodes(group.getKey()));
                Dataset<Row> stored = union(group.getValue().stream().map(t -> StoredColumns.toStored(
                        t.data(), t.properties(), TableKind.NODES.graphIds(), TableKind.NODES.storedIds(), properties)).toList());
                OptionalLong version = files.write(stored, format, directory.resolve(path), TableKind.NODES,
                        String.join(";", group.getKey()), properties);
                nodes.add(new StoredNodes(group.getKey(), new StoredTable(path, properties, version)));
            }
            List<StoredRelationships> relationships = new ArrayList<>();
            for (var group : relationshipGroups(graph).entrySet()) {
                List<StoredProperty> properties =
                        properties(group.getValue().stream().map(RelationshipTable::properties).toList());
                String path = tablePath(format, stage, TableKind.RELATIONSHIPS, TableNames.relationships(group.getKey()));
                Dataset<Row> stored = union(group.getValue().stream().map(t -> StoredColumns.toStored(t.data(), t.properties(),
                        TableKind.RELATIONSHIPS.graphIds(), TableKind.RELATIONSHIPS.storedIds(), properties)).toList());
                OptionalLong version = files.write(stored, format, directory.resolve(path), TableKind.RELATIONSHIPS,
                        group.getKey(), properties);
                relationships.add(new StoredRelationships(group.getKey(), new StoredTable(path, properties, version)));
            }
            GraphManifest manifest = new GraphManifest(0, format, graph.nextNodeId(), graph.nextRelationshipId(),
                    nodes, relationships);
            return new VersionLog(directory).publish(manifest).version();
        } catch (Exception e) {
            removeQuietly(directory.resolve(stage));
            throw RuntimeErrors.translate(e).map(RuntimeException.class::cast).orElseGet(() -> e instanceof RuntimeException r
                    ? r : new IllegalStateException("storing the graph in " + directory + " failed", e));
        }
    }

    /** The latest version of the graph stored in {@code directory}. */
    public PropertyGraph load(Path directory) {
        VersionLog log = new VersionLog(directory);
        if (!log.exists()) {
            throw new DataError(directory.toString(), 0, null, "not a stored graph (it has no "
                    + VersionLog.DIRECTORY + "/ directory)");
        }
        long latest = log.latest().orElseThrow(() -> new DataError(directory.toString(), 0, null,
                "the stored graph has no published version yet"));
        return load(directory, latest);
    }

    /** Version {@code version} of the graph stored in {@code directory}. */
    public PropertyGraph load(Path directory, long version) {
        VersionLog log = new VersionLog(directory);
        GraphManifest manifest = log.read(version);
        String source = log.file(version).toString();
        List<NodeTable> nodes = new ArrayList<>();
        for (StoredNodes stored : manifest.nodes()) {
            Dataset<Row> data = table(directory, manifest.format(), stored.table(), TableKind.NODES, source);
            nodes.add(new NodeTable(stored.labels(), types(stored.table()), data));
        }
        List<RelationshipTable> relationships = new ArrayList<>();
        for (StoredRelationships stored : manifest.relationships()) {
            Dataset<Row> data = table(directory, manifest.format(), stored.table(), TableKind.RELATIONSHIPS, source);
            relationships.add(new RelationshipTable(stored.type(), types(stored.table()), data));
        }
        return new PropertyGraph(nodes, relationships, manifest.nextNodeId(), manifest.nextRelationshipId());
    }

    private Dataset<Row> table(Path directory, StoreFormat format, StoredTable table, TableKind kind, String source) {
        Path root = directory.toAbsolutePath().normalize();
        Path path = root.resolve(table.path()).normalize();
        if (!path.startsWith(root) || path.equals(root)) {
            throw new DataError(source, 0, null, "the manifest names the table " + table.path()
                    + ", which is outside the graph directory");
        }
        Dataset<Row> stored = files.read(format, path, table, kind, source);
        return StoredColumns.fromStored(stored, kind.storedIds(), kind.graphIds(), table.properties());
    }

    private static Map<String, CypherType> types(StoredTable table) {
        Map<String, CypherType> types = new LinkedHashMap<>();
        table.properties().forEach(p -> types.put(p.key(), p.type()));
        return types;
    }

    private static Map<Set<String>, List<NodeTable>> nodeGroups(PropertyGraph graph) {
        Map<Set<String>, List<NodeTable>> groups = new LinkedHashMap<>();
        graph.nodeTables().forEach(t -> groups.computeIfAbsent(t.labels(), k -> new ArrayList<>()).add(t));
        return groups;
    }

    private static Map<String, List<RelationshipTable>> relationshipGroups(PropertyGraph graph) {
        Map<String, List<RelationshipTable>> groups = new LinkedHashMap<>();
        graph.relationshipTables().forEach(t -> groups.computeIfAbsent(t.type(), k -> new ArrayList<>()).add(t));
        return groups;
    }

    /** The properties of tables stored as one, each key with the join of its types, numbered p0, p1, … */
    private static List<StoredProperty> properties(List<Map<String, CypherType>> tables) {
        Map<String, CypherType> joined = new LinkedHashMap<>();
        tables.forEach(t -> t.forEach((key, type) -> joined.merge(key, type, CypherType::join)));
        List<StoredProperty> properties = new ArrayList<>();
        joined.forEach((key, type) -> {
            StoredColumns.storedType(type, key);
            properties.add(new StoredProperty(key, type, "p" + properties.size()));
        });
        return properties;
    }

    private static Dataset<Row> union(List<Dataset<Row>> tables) {
        Dataset<Row> all = tables.get(0);
        for (int i = 1; i < tables.size(); i++) {
            all = all.union(tables.get(i));
        }
        return all;
    }

    private static String tablePath(StoreFormat format, String stage, TableKind kind, String name) {
        return switch (format) {
            case DELTA -> "delta/" + kind.directory() + "/" + name;
            case PARQUET, ORC -> stage + "/" + kind.directory() + "/" + name;
            case CSV -> stage + "/" + kind.directory() + "/" + name + ".csv";
        };
    }

    private static void checkWritable(Path directory) {
        if (!Files.exists(directory) || isStoredGraph(directory)) {
            return;
        }
        if (!Files.isDirectory(directory)) {
            throw new DataError(directory.toString(), 0, null, "is a file, not a directory to store a graph in");
        }
        try (Stream<Path> entries = Files.list(directory)) {
            if (entries.findAny().isPresent()) {
                throw new DataError(directory.toString(), 0, null, "is neither empty nor a stored graph (it has no "
                        + VersionLog.DIRECTORY + "/ directory); a graph is stored only in a new or empty directory");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + directory, e);
        }
    }

    private static void removeQuietly(Path stage) {
        try {
            DirectoryTrees.delete(stage);
        } catch (IOException | UncheckedIOException e) {
            // What is left is unreferenced by any manifest, so it is garbage rather than damage.
        }
    }
}
