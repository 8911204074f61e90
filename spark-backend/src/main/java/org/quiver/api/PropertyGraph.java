package org.quiver.api;

import java.util.List;
import org.quiver.graph.NodeTable;
import org.quiver.graph.RelationshipTable;
import org.quiver.planner.schema.GraphSchema;
import org.quiver.planner.stats.GraphStatistics;
import org.quiver.stats.GraphStatisticsCollector;

/**
 * An immutable property graph: node tables, relationship tables and the schema derived from them.
 *
 * <pre>{@code
 * PropertyGraph social = session.loadGraph(Path.of("examples/social"));
 * System.out.println(social.schema().labels());
 * }</pre>
 *
 * <p>Thread-safe: immutable, except the next free ids, which are computed once under the graph's lock.
 */
public final class PropertyGraph {
    private final List<NodeTable> nodeTables;
    private final List<RelationshipTable> relationshipTables;
    private final GraphSchema schema;
    private long nextNodeId = -1;
    private long nextRelationshipId = -1;
    private final Object statisticsLock = new Object();
    private GraphStatistics statistics;

    /**
     * A graph with ids known to be below {@code nextNodeId} and {@code nextRelationshipId}: new
     * elements created from it are numbered from there.
     */
    public PropertyGraph(List<NodeTable> nodeTables, List<RelationshipTable> relationshipTables, long nextNodeId,
            long nextRelationshipId) {
        this(nodeTables, relationshipTables);
        this.nextNodeId = nextNodeId;
        this.nextRelationshipId = nextRelationshipId;
    }

    public PropertyGraph(List<NodeTable> nodeTables, List<RelationshipTable> relationshipTables) {
        this.nodeTables = List.copyOf(nodeTables);
        this.relationshipTables = List.copyOf(relationshipTables);
        GraphSchema.Builder builder = GraphSchema.builder();
        this.nodeTables.forEach(t -> builder.nodes(t.labels(), t.properties()));
        this.relationshipTables.forEach(t -> builder.relationships(t.type(), t.properties()));
        this.schema = builder.build();
    }

    /**
     * What the optimizer knows of this graph's data, gathered by one Spark job the first time a
     * query needs it and kept with the graph (a graph never changes; updates make new graphs).
     */
    public GraphStatistics statistics() {
        synchronized (statisticsLock) {
            if (statistics == null) {
                statistics = GraphStatisticsCollector.collect(this);
            }
            return statistics;
        }
    }

    /** The statistics if a query has gathered them already, else {@link GraphStatistics#UNKNOWN}; never a Spark job. */
    public GraphStatistics gatheredStatistics() {
        synchronized (statisticsLock) {
            return statistics == null ? GraphStatistics.UNKNOWN : statistics;
        }
    }

    public List<NodeTable> nodeTables() {
        return nodeTables;
    }

    public List<RelationshipTable> relationshipTables() {
        return relationshipTables;
    }

    public GraphSchema schema() {
        return schema;
    }

    /** One more than the largest node id in use (read from the tables once when the graph was not told). */
    public synchronized long nextNodeId() {
        if (nextNodeId < 0) {
            nextNodeId = nextId(nodeTables.stream().map(t -> t.data().select(NodeTable.ID)).toList());
        }
        return nextNodeId;
    }

    /** One more than the largest relationship id in use. */
    public synchronized long nextRelationshipId() {
        if (nextRelationshipId < 0) {
            nextRelationshipId = nextId(relationshipTables.stream()
                    .map(t -> t.data().select(RelationshipTable.ID)).toList());
        }
        return nextRelationshipId;
    }

    /** One job over all the tables' ids, rather than one per table. */
    private static long nextId(List<org.apache.spark.sql.Dataset<org.apache.spark.sql.Row>> ids) {
        if (ids.isEmpty()) {
            return 0;
        }
        org.apache.spark.sql.Dataset<org.apache.spark.sql.Row> all = ids.get(0);
        for (int i = 1; i < ids.size(); i++) {
            all = all.union(ids.get(i));
        }
        org.apache.spark.sql.Row max = all.agg(org.apache.spark.sql.functions.max(
                org.apache.spark.sql.functions.col("`" + NodeTable.ID + "`"))).first();
        return max.isNullAt(0) ? 0 : max.getLong(0) + 1;
    }
}
