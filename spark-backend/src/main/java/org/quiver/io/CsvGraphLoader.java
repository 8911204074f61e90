package org.quiver.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.quiver.api.CsvOptions;
import org.quiver.api.PropertyGraph;
import org.quiver.graph.NodeTable;
import org.quiver.graph.RelationshipTable;

/**
 * Loads a graph directory of neo4j-admin-style CSV files: {@code nodes/*.csv} and, optionally,
 * {@code relationships/*.csv}, each with a header line such as {@code personId:ID(Person),name,
 * age:int,tags:string[],:LABEL} or {@code :START_ID(Person),:END_ID(City),since:int}.
 *
 * <pre>{@code
 * PropertyGraph g = CsvGraphLoader.load(spark, Path.of("examples/social"), CsvOptions.DEFAULTS);
 * }</pre>
 *
 * <p>The files are parsed on the driver, and the whole directory is checked before any DataFrame
 * is built, so a bad file fails the load with a {@link org.quiver.parser.error.DataError} that
 * names the file (relative to the directory, e.g. {@code nodes/Person.csv}), the row and the
 * column, and nothing is half loaded. Exact error positions matter more than scale for this first
 * data source; large graphs belong in Parquet or catalog tables.
 *
 * <p>Rows in errors are 1-based line numbers: the header is row 1, and a record is numbered by
 * the line it starts on (a quoted field may span lines), so the number is what an editor shows.
 * Columns are named by their header field as written ({@code since:int}); a field beyond the
 * header is named by its position ({@code #5}).
 *
 * <p>Values: an unquoted empty field is an absent property; a quoted empty field {@code ""} is the
 * empty string (for {@code string}) or the empty list (for arrays). Integer types load as 64-bit
 * INTEGER, {@code float} and {@code double} as 64-bit FLOAT. Node ids are 0..N-1 in file-name
 * order then row order, relationship ids likewise 0..M-1; each distinct label combination becomes
 * one {@link NodeTable} and each relationship type one {@link RelationshipTable}.
 */
public final class CsvGraphLoader {
    private CsvGraphLoader() {
    }

    public static PropertyGraph load(SparkSession spark, Path directory, CsvOptions options) {
        GraphDirectory graph = new GraphDirectory(directory);
        IdSpaces ids = new IdSpaces();
        List<NodeFile> nodeFiles = readNodes(graph, options, ids);
        List<RelationshipFile> relationshipFiles = readRelationships(graph, options, ids);
        var nodeGroups = GraphTables.groupNodes(nodeFiles);
        var relationshipGroups = GraphTables.groupRelationships(relationshipFiles);

        List<NodeTable> nodeTables = nodeGroups.stream().map(g -> GraphTables.nodeTable(spark, g)).toList();
        List<RelationshipTable> relationshipTables =
                relationshipGroups.stream().map(g -> GraphTables.relationshipTable(spark, g)).toList();
        // Ids are numbered from 0 in file order, so the counts are where new ids start.
        long nodes = nodeFiles.stream().mapToLong(f -> f.rows().size()).sum();
        long relationships = relationshipFiles.stream().mapToLong(f -> f.rows().size()).sum();
        return new PropertyGraph(nodeTables, relationshipTables, nodes, relationships);
    }

    private static List<NodeFile> readNodes(GraphDirectory graph, CsvOptions options, IdSpaces ids) {
        List<NodeFile> files = new ArrayList<>();
        long nextId = 0;
        for (Path path : graph.nodeFiles()) {
            try (CsvFileReader reader = CsvFileReader.open(path, graph.source(path), options.delimiter())) {
                NodeFile file = NodeFileReader.read(
                        reader, options.arrayDelimiter(), ids, GraphDirectory.stem(path), nextId);
                nextId += file.rows().size();
                files.add(file);
            }
        }
        return files;
    }

    private static List<RelationshipFile> readRelationships(GraphDirectory graph, CsvOptions options, IdSpaces ids) {
        List<RelationshipFile> files = new ArrayList<>();
        long nextId = 0;
        for (Path path : graph.relationshipFiles()) {
            try (CsvFileReader reader = CsvFileReader.open(path, graph.source(path), options.delimiter())) {
                RelationshipFile file = RelationshipFileReader.read(
                        reader, options.arrayDelimiter(), ids, GraphDirectory.stem(path), nextId);
                nextId += file.rows().size();
                files.add(file);
            }
        }
        return files;
    }
}
