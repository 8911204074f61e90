package org.quiver.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.quiver.api.LocalSpark;
import org.quiver.api.PropertyGraph;
import org.quiver.graph.NodeTable;
import org.quiver.graph.RelationshipTable;
import org.quiver.planner.types.CypherType;

/**
 * The child process of {@link KilledWriterTest}: stores a large graph (several node tables and
 * relationship types of {@code rows} rows each) as the next version in a directory, so that the
 * test can kill it while it writes. Arguments: directory, format, rows.
 */
public final class LargeGraphWriter {
    static final int TABLES = 4;

    private LargeGraphWriter() {
    }

    public static void main(String[] args) {
        Path directory = Path.of(args[0]);
        StoreFormat format = StoreFormat.named(args[1]).orElseThrow();
        long rows = Long.parseLong(args[2]);
        SparkSession spark = LocalSpark.create("local[1]");
        new GraphStore(spark).save(graph(spark, rows), directory, format);
        System.out.println("saved");
        spark.stop();
    }

    static PropertyGraph graph(SparkSession spark, long rows) {
        Map<String, CypherType> properties = new LinkedHashMap<>();
        properties.put("name", CypherType.STRING);
        properties.put("n", CypherType.INTEGER);
        List<NodeTable> nodes = new ArrayList<>();
        List<RelationshipTable> relationships = new ArrayList<>();
        for (int t = 0; t < TABLES; t++) {
            long offset = t * rows;
            Dataset<Row> data = spark.range(offset, offset + rows).select(
                    functions.col("id").as(NodeTable.ID),
                    functions.concat(functions.lit("node number "), functions.col("id").cast("string"),
                            functions.lit(" with some text to make the files larger")).as("name"),
                    functions.col("id").as("n"));
            nodes.add(new NodeTable(Set.of("Big" + t), properties, data));
            Dataset<Row> edges = spark.range(offset, offset + rows).select(
                    functions.col("id").as(RelationshipTable.ID),
                    functions.col("id").as(RelationshipTable.SOURCE),
                    functions.lit(offset).as(RelationshipTable.TARGET),
                    functions.concat(functions.lit("edge "), functions.col("id").cast("string")).as("name"),
                    functions.col("id").as("n"));
            relationships.add(new RelationshipTable("LINK" + t, properties, edges));
        }
        return new PropertyGraph(nodes, relationships, TABLES * rows, TABLES * rows);
    }
}
