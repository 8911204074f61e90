package org.quiver.construct;

import static org.apache.spark.sql.functions.lit;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.quiver.api.PropertyGraph;
import org.quiver.compile.ColumnNames;
import org.quiver.graph.NodeTable;
import org.quiver.graph.RelationshipTable;

/**
 * Places the ids of several graphs side by side so that they cannot collide: the first graph keeps
 * its ids, each next one is shifted past the largest id of those before it (node and relationship
 * ids separately). A graph given twice (the same object) is placed once. {@link #nextNodeId()} and
 * {@link #nextRelationshipId()} are where new elements may be numbered from.
 */
final class IdShift {
    private final Map<PropertyGraph, long[]> offsets = new IdentityHashMap<>();
    private final List<PropertyGraph> graphs = new ArrayList<>();
    private long nextNode;
    private long nextRelationship;

    /** Adds a graph after those added before (once); one Spark job per graph finds its largest ids. */
    void add(PropertyGraph graph) {
        if (offsets.containsKey(graph)) {
            return;
        }
        offsets.put(graph, new long[] {nextNode, nextRelationship});
        graphs.add(graph);
        nextNode = Math.addExact(nextNode, graph.nextNodeId());
        nextRelationship = Math.addExact(nextRelationship, graph.nextRelationshipId());
    }

    long nodeOffset(PropertyGraph graph) {
        return offsets.get(graph)[0];
    }

    long relationshipOffset(PropertyGraph graph) {
        return offsets.get(graph)[1];
    }

    long nextNodeId() {
        return nextNode;
    }

    long nextRelationshipId() {
        return nextRelationship;
    }

    NodeTable shift(NodeTable table, PropertyGraph of) {
        long offset = nodeOffset(of);
        if (offset == 0) {
            return table;
        }
        return new NodeTable(table.labels(), table.properties(), table.data().withColumn(NodeTable.ID,
                ColumnNames.col(NodeTable.ID).plus(lit(offset))));
    }

    RelationshipTable shift(RelationshipTable table, PropertyGraph of) {
        long nodes = nodeOffset(of);
        long relationships = relationshipOffset(of);
        if (nodes == 0 && relationships == 0) {
            return table;
        }
        return new RelationshipTable(table.type(), table.properties(), table.data()
                .withColumn(RelationshipTable.ID, ColumnNames.col(RelationshipTable.ID).plus(lit(relationships)))
                .withColumn(RelationshipTable.SOURCE, ColumnNames.col(RelationshipTable.SOURCE).plus(lit(nodes)))
                .withColumn(RelationshipTable.TARGET, ColumnNames.col(RelationshipTable.TARGET).plus(lit(nodes))));
    }

    /** All the graphs' tables, shifted: their union with disjoint ids. */
    PropertyGraph union() {
        List<NodeTable> nodes = new ArrayList<>();
        List<RelationshipTable> relationships = new ArrayList<>();
        for (PropertyGraph graph : graphs) {
            graph.nodeTables().forEach(t -> nodes.add(shift(t, graph)));
            graph.relationshipTables().forEach(t -> relationships.add(shift(t, graph)));
        }
        return new PropertyGraph(nodes, relationships, nextNode, nextRelationship);
    }
}
