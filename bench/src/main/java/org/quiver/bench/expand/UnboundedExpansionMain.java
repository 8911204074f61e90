package org.quiver.bench.expand;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.quiver.api.LocalSpark;
import org.quiver.api.PropertyGraph;
import org.quiver.api.QuiverSession;
import org.quiver.graph.NodeTable;
import org.quiver.graph.RelationshipTable;
import org.quiver.parser.error.CypherException;
import org.quiver.planner.types.CypherType;

/**
 * Unbounded variable-length expansion ({@code -[*]->}) over generated graphs of about a million
 * relationships, built with {@code spark.range} (nothing written to disk): a binary tree (every
 * node reaches its subtree; about 20 levels) and a chain (a million levels: the expansion stops at
 * the hop limit with a {@code LimitExceeded}, or runs to it when the limit is raised). Prints one
 * line per query: rows or error, and the wall time of {@code cypher()} plus collecting the rows.
 *
 * <pre>
 * ./mvnw -B -o -q -pl bench -am compile exec:exec -Dbench.main=org.quiver.bench.expand.UnboundedExpansionMain \
 *     -Dbench.heap=2g -Dbench.args="1000000"
 * </pre>
 */
public final class UnboundedExpansionMain {
    private UnboundedExpansionMain() {
    }

    public static void main(String[] args) {
        long relationships = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000L;
        SparkSession spark = LocalSpark.create("local[*]");
        try (QuiverSession quiver = QuiverSession.of(spark)) {
            System.out.printf("relationships: %,d; Spark %s, %d cores, max heap %,d MB%n", relationships,
                    spark.version(), Runtime.getRuntime().availableProcessors(),
                    Runtime.getRuntime().maxMemory() >> 20);
            PropertyGraph tree = graph(spark, relationships, functions.floor(functions.col("id").minus(1).divide(2)));
            PropertyGraph chain = graph(spark, relationships, functions.col("id").minus(1));
            run(quiver, "tree", tree, "MATCH (r:N {i: 0})-[*]->(x) RETURN count(x) AS reached");
            run(quiver, "tree", tree, "MATCH (r:N {i: 0})-[rs*]->(x) RETURN max(size(rs)) AS depth");
            // Reading an element needs the relationship values, not only their ids.
            run(quiver, "tree", tree, "MATCH (r:N {i: 0})-[rs*]->(x) RETURN count(rs[-1]) AS trails");
            run(quiver, "chain", chain, "MATCH (r:N {i: 0})-[*..50]->(x) RETURN count(x) AS reached");
            run(quiver, "chain", chain, "MATCH (r:N {i: 0})-[*]->(x) RETURN count(x) AS reached");
        } finally {
            spark.stop();
        }
    }

    /**
     * Nodes 0..n, and relationship {@code i} (1..n) from node {@code parent(i)} to node {@code i}:
     * {@code (i - 1) / 2} gives a binary tree, {@code i - 1} a chain.
     */
    private static PropertyGraph graph(SparkSession spark, long n, org.apache.spark.sql.Column parent) {
        Dataset<Row> nodes = spark.range(0, n + 1).select(functions.col("id").as(NodeTable.ID),
                functions.col("id").as("i"));
        Dataset<Row> rels = spark.range(1, n + 1).select(functions.col("id").as(RelationshipTable.ID),
                parent.cast("long").as(RelationshipTable.SOURCE), functions.col("id").as(RelationshipTable.TARGET));
        return new PropertyGraph(List.of(new NodeTable(Set.of("N"), Map.of("i", CypherType.INTEGER), nodes)),
                List.of(new RelationshipTable("E", Map.of(), rels)));
    }

    private static void run(QuiverSession quiver, String graphName, PropertyGraph graph, String query) {
        long start = System.nanoTime();
        String outcome;
        try {
            outcome = "rows " + quiver.cypher(graph, query).rows();
        } catch (CypherException e) {
            outcome = e.errorType() + ": " + e.getMessage().lines().findFirst().orElse("");
        } catch (RuntimeException e) {
            outcome = "failed: " + String.valueOf(e.getMessage()).lines().findFirst().orElse("");
        }
        System.out.printf("%-5s %-75s %8.1f s  %s%n", graphName, query, (System.nanoTime() - start) / 1e9, outcome);
    }
}
