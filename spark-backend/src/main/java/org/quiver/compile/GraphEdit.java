package org.quiver.compile;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.quiver.api.PropertyGraph;
import org.quiver.api.SideEffects;
import org.quiver.graph.NodeTable;
import org.quiver.graph.RelationshipTable;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Changes to one graph version, held on the driver: the nodes and relationships an update reads
 * (by id, by label, by type or by end node) become {@link ElementState}s it may change, delete or
 * add to; {@link #build} makes the next version, in which the changed elements leave their tables
 * (an anti-join on their ids) and come back, if still there, in new tables. The graph it starts
 * from is not changed.
 */
final class GraphEdit {
    private final SparkSession spark;
    private final PropertyGraph graph;
    private final long statementFirstNode;
    private final long statementFirstRelationship;
    private final Map<Long, ElementState> nodes = new LinkedHashMap<>();
    private final Map<Long, ElementState> relationships = new LinkedHashMap<>();
    private final Set<Integer> nodeTablesRead = new HashSet<>();
    private final Set<Integer> relationshipTablesRead = new HashSet<>();
    private final Set<Long> nodesAtLoaded = new HashSet<>();
    private long nextNode;
    private long nextRelationship;

    /**
     * An edit of {@code graph}; elements with ids from {@code statementFirstNode} and
     * {@code statementFirstRelationship} on were created earlier in the same statement.
     */
    GraphEdit(SparkSession spark, PropertyGraph graph, long statementFirstNode, long statementFirstRelationship) {
        this.spark = spark;
        this.graph = graph;
        this.statementFirstNode = statementFirstNode;
        this.statementFirstRelationship = statementFirstRelationship;
        this.nextNode = graph.nextNodeId();
        this.nextRelationship = graph.nextRelationshipId();
    }

    /** Reads the nodes with these ids that are not read yet (one Spark job per node table). */
    void readNodes(Collection<Long> ids) {
        List<Object> missing = ids.stream().filter(id -> !nodes.containsKey(id)).distinct().map(Object.class::cast)
                .toList();
        if (missing.isEmpty()) {
            return;
        }
        for (NodeTable table : graph.nodeTables()) {
            addNodes(table, table.data().filter(idIn(NodeTable.ID, missing)));
        }
    }

    void readRelationships(Collection<Long> ids) {
        List<Object> missing = ids.stream().filter(id -> !relationships.containsKey(id)).distinct()
                .map(Object.class::cast).toList();
        if (missing.isEmpty()) {
            return;
        }
        for (RelationshipTable table : graph.relationshipTables()) {
            addRelationships(table, table.data().filter(idIn(RelationshipTable.ID, missing)));
        }
    }

    /** Every live node with at least {@code labels}, as the edit has them now (reads their tables once). */
    List<ElementState> nodesWithLabels(Set<String> labels) {
        readNodesWithLabels(labels);
        return nodes.values().stream().filter(n -> !n.deleted && n.labels.containsAll(labels)).toList();
    }

    /** Reads the nodes of every table whose labels include {@code labels}, once. */
    void readNodesWithLabels(Set<String> labels) {
        for (int i = 0; i < graph.nodeTables().size(); i++) {
            NodeTable table = graph.nodeTables().get(i);
            if (table.labels().containsAll(labels) && nodeTablesRead.add(i)) {
                addNodes(table, table.data());
            }
        }
    }

    /** Every live relationship of {@code type} (reads its tables once). */
    List<ElementState> relationshipsOfType(String type) {
        for (int i = 0; i < graph.relationshipTables().size(); i++) {
            RelationshipTable table = graph.relationshipTables().get(i);
            if (table.type().equals(type) && relationshipTablesRead.add(i)) {
                addRelationships(table, table.data());
            }
        }
        return relationships.values().stream().filter(r -> !r.deleted && r.type.equals(type)).toList();
    }

    /** The live relationships with an end among {@code nodeIds}, the graph's and the edit's own. */
    List<ElementState> relationshipsAt(Collection<Long> nodeIds) {
        List<Object> missing = nodeIds.stream().filter(nodesAtLoaded::add).map(Object.class::cast).toList();
        if (!missing.isEmpty()) {
            for (RelationshipTable table : graph.relationshipTables()) {
                addRelationships(table, table.data().filter(idIn(RelationshipTable.SOURCE, missing)
                        .or(idIn(RelationshipTable.TARGET, missing))));
            }
        }
        Set<Long> ids = new HashSet<>(nodeIds);
        return relationships.values().stream()
                .filter(r -> !r.deleted && (ids.contains(r.source) || ids.contains(r.target))).toList();
    }

    /** A node read before; null when the graph has none with that id (or it is deleted). */
    ElementState node(long id) {
        ElementState n = nodes.get(id);
        return n == null || n.deleted ? null : n;
    }

    /** Whether this edit deleted the node (or relationship) with {@code id}. */
    boolean deleted(long id, boolean node) {
        ElementState e = node ? nodes.get(id) : relationships.get(id);
        return e != null && e.deleted;
    }

    ElementState relationship(long id) {
        ElementState r = relationships.get(id);
        return r == null || r.deleted ? null : r;
    }

    ElementState createNode(Set<String> labels, Map<String, Object> properties) {
        ElementState n = ElementState.node(nextNode++, labels, properties, true);
        nodes.put(n.id, n);
        return n;
    }

    ElementState createRelationship(String type, long source, long target, Map<String, Object> properties) {
        ElementState r = ElementState.relationship(nextRelationship++, type, source, target, properties, true);
        relationships.put(r.id, r);
        return r;
    }

    private static Column idIn(String column, List<Object> ids) {
        return functions.col(ColumnNames.quoted(column)).isin(ids.toArray());
    }

    private void addNodes(NodeTable table, Dataset<Row> rows) {
        for (Row row : rows.collectAsList()) {
            long id = row.getLong(row.fieldIndex(NodeTable.ID));
            nodes.putIfAbsent(id, ElementState.node(id, table.labels(), properties(row, table.properties().keySet()),
                    false));
        }
    }

    private void addRelationships(RelationshipTable table, Dataset<Row> rows) {
        for (Row row : rows.collectAsList()) {
            long id = row.getLong(row.fieldIndex(RelationshipTable.ID));
            relationships.putIfAbsent(id, ElementState.relationship(id, table.type(),
                    row.getLong(row.fieldIndex(RelationshipTable.SOURCE)),
                    row.getLong(row.fieldIndex(RelationshipTable.TARGET)),
                    properties(row, table.properties().keySet()), false));
        }
    }

    private static Map<String, Object> properties(Row row, Set<String> keys) {
        Map<String, Object> out = new TreeMap<>();
        for (String key : keys) {
            Object value = row.get(row.fieldIndex(key));
            if (value != null) {
                out.put(key, stored(value));
            }
        }
        return out;
    }

    /** A cell as the Java value of a property: Spark arrays become lists, variants (a stored graph's mixed keys) values. */
    private static Object stored(Object value) {
        if (value instanceof org.apache.spark.unsafe.types.VariantVal variant) {
            return org.quiver.temporal.TemporalRows.encodeAll(org.quiver.anyvalue.VariantValues.toJava(variant));
        }
        if (value instanceof scala.collection.Iterable<?> seq) {
            List<Object> list = new ArrayList<>();
            CollectionConverters.asJava(seq).forEach(v -> list.add(stored(v)));
            return list;
        }
        if (value instanceof Integer i) {
            return i.longValue();
        }
        return value;
    }

    /** The next graph version and what changed, counted against the graph this edit started from. */
    UpdateOutcomeParts build() {
        List<ElementState> changedNodes = nodes.values().stream().filter(ElementState::changed).toList();
        List<ElementState> changedRelationships = relationships.values().stream().filter(ElementState::changed)
                .toList();
        List<Object> oldNodeIds = changedNodes.stream().filter(n -> !n.created).map(n -> (Object) n.id).toList();
        List<Object> oldRelationshipIds = changedRelationships.stream().filter(r -> !r.created)
                .map(r -> (Object) r.id).toList();
        // A table the edit empties is dropped, so that its label combination and property types go too.
        List<NodeTable> nodeTables = new ArrayList<>();
        for (NodeTable t : graph.nodeTables()) {
            if (oldNodeIds.isEmpty()) {
                nodeTables.add(t);
                continue;
            }
            Dataset<Row> rest = t.data().filter(functions.not(idIn(NodeTable.ID, oldNodeIds)));
            if (!rest.isEmpty()) {
                nodeTables.add(new NodeTable(t.labels(), t.properties(), rest));
            }
        }
        List<RelationshipTable> relationshipTables = new ArrayList<>();
        for (RelationshipTable t : graph.relationshipTables()) {
            if (oldRelationshipIds.isEmpty()) {
                relationshipTables.add(t);
                continue;
            }
            Dataset<Row> rest = t.data().filter(functions.not(idIn(RelationshipTable.ID, oldRelationshipIds)));
            if (!rest.isEmpty()) {
                relationshipTables.add(new RelationshipTable(t.type(), t.properties(), rest));
            }
        }
        TableWriter writer = new TableWriter(spark);
        changedNodes.stream().filter(n -> !n.deleted).forEach(writer::node);
        changedRelationships.stream().filter(r -> !r.deleted).forEach(writer::relationship);
        nodeTables.addAll(writer.nodeTables());
        relationshipTables.addAll(writer.relationshipTables());
        PropertyGraph after = new PropertyGraph(nodeTables, relationshipTables, nextNode, nextRelationship);
        return new UpdateOutcomeParts(after, effects(changedNodes, changedRelationships, after));
    }

    record UpdateOutcomeParts(PropertyGraph graph, SideEffects sideEffects) {
    }

    private SideEffects effects(List<ElementState> changedNodes, List<ElementState> changedRelationships,
            PropertyGraph after) {
        long[] properties = new long[2];
        changedNodes.forEach(n -> countProperties(n, n.id >= statementFirstNode, properties));
        changedRelationships.forEach(r -> countProperties(r, r.id >= statementFirstRelationship, properties));
        Set<String> before = graph.schema().labels();
        Set<String> added = new TreeSet<>();
        Set<String> maybeGone = new TreeSet<>();
        for (ElementState n : changedNodes) {
            if (!n.deleted) {
                n.labels.stream().filter(l -> !before.contains(l)).forEach(added::add);
            }
            n.originalLabels.stream().filter(l -> n.deleted || !n.labels.contains(l)).forEach(maybeGone::add);
        }
        long removedLabels = maybeGone.stream().filter(l -> !inUse(after, l)).count();
        // An element made and deleted in one statement is, for the TCK, neither made nor deleted.
        long nodesUnmade = changedNodes.stream().filter(n -> n.deleted && n.id >= statementFirstNode).count();
        long relationshipsUnmade = changedRelationships.stream()
                .filter(r -> r.deleted && r.id >= statementFirstRelationship).count();
        return new SideEffects(
                changedNodes.stream().filter(n -> n.created).count() - nodesUnmade,
                changedNodes.stream().filter(n -> n.deleted && n.id < statementFirstNode).count(),
                changedRelationships.stream().filter(r -> r.created).count() - relationshipsUnmade,
                changedRelationships.stream().filter(r -> r.deleted && r.id < statementFirstRelationship).count(),
                properties[0], properties[1], added.size(), removedLabels);
    }

    /**
     * Adds the triples gained and lost. An element made earlier in the same statement counted its
     * first properties when it was made, so only the difference in number counts now.
     */
    private static void countProperties(ElementState e, boolean madeInStatement, long[] counts) {
        Map<String, Object> now = e.deleted ? Map.of() : e.properties;
        if (e.created) {
            counts[0] += now.size();
        } else if (madeInStatement) {
            counts[0] += now.size() - e.originalProperties.size();
        } else {
            now.forEach((k, v) -> counts[0] += v.equals(e.originalProperties.get(k)) ? 0 : 1);
            e.originalProperties.forEach((k, v) -> counts[1] += v.equals(now.get(k)) ? 0 : 1);
        }
    }

    /** Whether any node of {@code graph} has {@code label} (one small Spark job). */
    static boolean inUse(PropertyGraph graph, String label) {
        Dataset<Row> ids = null;
        for (NodeTable t : graph.nodeTables()) {
            if (t.labels().contains(label)) {
                Dataset<Row> some = t.data().select(functions.col(ColumnNames.quoted(NodeTable.ID))).limit(1);
                ids = ids == null ? some : ids.union(some);
            }
        }
        return ids != null && !ids.isEmpty();
    }
}
