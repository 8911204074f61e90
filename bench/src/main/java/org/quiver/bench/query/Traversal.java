package org.quiver.bench.query;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.when;
import static org.quiver.bench.graph.BenchGraph.DST;
import static org.quiver.bench.graph.BenchGraph.SRC;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.quiver.bench.graph.BenchGraph;

/**
 * Breadth-first search over KNOWS the way it is written by hand on DataFrames: a frontier (one
 * column {@code node}) joined with the edges, minus what was already reached, one round per hop.
 */
final class Traversal {
    private static final String NODE = "node";

    private final Dataset<Row> edges;

    /** Over KNOWS as stored ({@code directed}) or in both directions. */
    Traversal(BenchGraph g, boolean directed) {
        Dataset<Row> knows = g.relationships("KNOWS").select(col(SRC).as("from"), col(DST).as("to"));
        this.edges = directed ? knows : knows.union(knows.select(col("to").as("from"), col("from").as("to")));
    }

    /**
     * The nodes at distance 1 to {@code hops} from the nodes of {@code start}, without the start
     * nodes. Each frontier is checkpointed (one job a hop): without it every later hop would
     * recompute all the earlier ones.
     */
    Dataset<Row> within(Dataset<Row> start, int hops) {
        Dataset<Row> reached = start;
        Dataset<Row> frontier = start;
        for (int hop = 0; hop < hops; hop++) {
            frontier = neighbours(frontier).join(reached, NODE, "left_anti").localCheckpoint();
            reached = reached.union(frontier);
        }
        return reached.join(start, NODE, "left_anti");
    }

    /**
     * The length of a shortest path between two nodes, or -1 when there is none. One Spark job per
     * hop: each new frontier is checkpointed, so a round starts from data rather than from the
     * lineage of all rounds before it.
     */
    long distance(long from, long to) {
        Dataset<Row> reached = edges.sparkSession().range(from, from + 1).select(col("id").as(NODE));
        Dataset<Row> frontier = reached;
        for (long hops = 1; ; hops++) {
            frontier = neighbours(frontier).join(reached, NODE, "left_anti").localCheckpoint();
            Row found = frontier.agg(count(lit(1)), max(when(col(NODE).equalTo(to), 1).otherwise(0))).first();
            if (found.getLong(0) == 0) {
                return -1;
            }
            if (found.getInt(1) == 1) {
                return hops;
            }
            reached = reached.union(frontier);
        }
    }

    /** The nodes one hop from {@code frontier}, each once. */
    Dataset<Row> neighbours(Dataset<Row> frontier) {
        return frontier.withColumnRenamed(NODE, "from").join(edges, "from").select(col("to").as(NODE)).distinct();
    }
}
