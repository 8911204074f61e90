package org.quiver.bench.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.quiver.api.PropertyGraph;
import org.quiver.api.QuiverSession;
import org.quiver.graph.NodeTable;
import org.quiver.graph.RelationshipTable;
import org.quiver.io.TableWriteOptions;
import org.quiver.store.StoreFormat;

/**
 * A generated network as both sides of the benchmark see it: the {@link PropertyGraph} Quiver
 * queries, and its tables under the names a Spark engineer would give them ({@code vid} for a
 * node's id, {@code src}/{@code dst}/{@code eid} for a relationship's), for the baselines.
 *
 * <p>The graph directory is read with Quiver's CSV loader, which parses on the driver and holds
 * the rows in local DataFrames; each table is then written once to Parquet (see
 * {@link StoredTables}) and read back, so both sides scan the same files (with column pruning and
 * filter pushdown) instead of a driver-side relation that Spark would partly evaluate while
 * planning.
 */
public final class BenchGraph {
    public static final String VID = "vid";
    public static final String EID = "eid";
    public static final String SRC = "src";
    public static final String DST = "dst";

    private final SparkSession spark;
    private final PropertyGraph graph;

    private BenchGraph(SparkSession spark, PropertyGraph graph) {
        this.spark = spark;
        this.graph = graph;
    }

    /** Loads {@code dir} and keeps the loader's in-memory tables: for correctness checks on small graphs. */
    public static BenchGraph inMemory(QuiverSession quiver, Path dir) {
        return new BenchGraph(quiver.spark(), quiver.loadGraph(dir));
    }

    /**
     * The graph of {@code dir} from its Parquet copy under {@code tablesDir}; the copy is made
     * (Quiver's CSV loader, then one Parquet write a table) when it does not exist yet.
     */
    public static BenchGraph load(QuiverSession quiver, Path dir, Path tablesDir) {
        SparkSession spark = quiver.spark();
        PropertyGraph graph = StoredTables.exist(tablesDir)
                ? StoredTables.read(spark, tablesDir)
                : StoredTables.write(spark, quiver.loadGraph(dir), tablesDir);
        return new BenchGraph(spark, graph);
    }

    /**
     * The graph of {@code dir} in {@code layout}, copied from its Parquet copy (see
     * {@link #load(QuiverSession, Path, Path)}) under {@code graphsDir}: the Delta copy is saved
     * once and kept; the bucketed catalog tables are written again by every run (the catalog is
     * the session's own), under a database whose files live in {@code graphsDir}.
     */
    public static BenchGraph load(QuiverSession quiver, Path dir, Path graphsDir, TableLayout layout) {
        String name = dir.getFileName().toString();
        BenchGraph parquet = load(quiver, dir, graphsDir.resolve(name + "-parquet"));
        return switch (layout) {
            case PARQUET -> parquet;
            case DELTA -> {
                Path delta = graphsDir.resolve(name + "-delta");
                if (!Files.isDirectory(delta.resolve("_versions"))) {
                    quiver.saveGraph(parquet.graph(), delta, StoreFormat.DELTA);
                }
                yield new BenchGraph(quiver.spark(), quiver.loadGraph(delta));
            }
            case BUCKETED -> {
                String database = "bench_" + name.replaceAll("[^A-Za-z0-9]", "_");
                Path warehouse = graphsDir.resolve(name + "-bucketed");
                quiver.spark().sql("DROP DATABASE IF EXISTS " + database + " CASCADE");
                deleteTree(warehouse);
                quiver.spark().sql("CREATE DATABASE " + database + " LOCATION '" + warehouse.toUri() + "'");
                int buckets = Integer.parseInt(quiver.spark().conf().get("spark.sql.shuffle.partitions"));
                quiver.writeGraph(parquet.graph(), database + ".network", TableWriteOptions.bucketed(buckets));
                yield new BenchGraph(quiver.spark(), quiver.readGraph(database + ".network"));
            }
        };
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public SparkSession spark() {
        return spark;
    }

    public PropertyGraph graph() {
        return graph;
    }

    /** The nodes labelled exactly {@code label}: {@code vid} and the properties. */
    public Dataset<Row> nodes(String label) {
        for (NodeTable table : graph.nodeTables()) {
            if (table.labels().equals(Set.of(label))) {
                return table.data().withColumnRenamed(NodeTable.ID, VID);
            }
        }
        throw new IllegalArgumentException("no node table labelled " + label);
    }

    /** The relationships of {@code type}: {@code eid}, {@code src}, {@code dst} and the properties. */
    public Dataset<Row> relationships(String type) {
        for (RelationshipTable table : graph.relationshipTables()) {
            if (table.type().equals(type)) {
                return table.data().withColumnsRenamed(Map.of(RelationshipTable.ID, EID,
                        RelationshipTable.SOURCE, SRC, RelationshipTable.TARGET, DST));
            }
        }
        throw new IllegalArgumentException("no relationship table of type " + type);
    }

    public long nodeCount() {
        return graph.nodeTables().stream().mapToLong(t -> t.data().count()).sum();
    }

    public long relationshipCount() {
        return graph.relationshipTables().stream().mapToLong(t -> t.data().count()).sum();
    }
}
