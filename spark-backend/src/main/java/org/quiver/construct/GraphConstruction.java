package org.quiver.construct;

import static org.apache.spark.sql.functions.dense_rank;
import static org.apache.spark.sql.functions.lit;
import static org.quiver.compile.ColumnNames.col;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.quiver.api.PropertyGraph;
import org.quiver.graph.NodeTable;
import org.quiver.graph.RelationshipTable;
import org.quiver.parser.error.UnsupportedFeature;
import org.quiver.planner.types.CypherType;
import org.quiver.planner.update.ConstructAction;

/**
 * Builds the graph of a {@code CONSTRUCT} from the rows of its part, in Spark (nothing is collected).
 *
 * <p>Ids: the graphs named in {@code ON} come first and the queried graph after them;
 * {@link IdShift} places their ids side by side (the first keeps its ids, so a clone keeps its id
 * whenever the queried graph is first or alone). Created elements are numbered above all of them,
 * so their ids are new in the queried graph too: the {@code i}-th of {@code k} created node patterns gives the node of the
 * {@code r}-th group (groups in the sort order of their grouping values, a dense rank) the id
 * {@code base + (r - 1) * k + i}. Ids so depend only on the rows' values, not on their order or
 * partitioning: the same query over the same graphs gives the same ids, and a recomputed partition
 * too. Ranking sorts the rows of each created pattern on one partition.
 */
public final class GraphConstruction {
    private final PropertyGraph queried;
    private final List<PropertyGraph> on;
    private final ConstructAction action;
    private final Map<String, CypherType> columnTypes;
    private Dataset<Row> rows;

    /** {@code rows}: the part's rows, entity columns holding ids of {@code queried}; {@code columnTypes} their Cypher types. */
    public GraphConstruction(PropertyGraph queried, List<PropertyGraph> on, ConstructAction action, Dataset<Row> rows,
            Map<String, CypherType> columnTypes) {
        this.queried = queried;
        this.on = List.copyOf(on);
        this.action = action;
        this.rows = rows;
        this.columnTypes = Map.copyOf(columnTypes);
    }

    public PropertyGraph build() {
        IdShift ids = new IdShift();
        on.forEach(ids::add);
        ids.add(queried);
        boolean clones = !action.clones().isEmpty();
        List<NodeTable> nodes = new ArrayList<>();
        List<RelationshipTable> relationships = new ArrayList<>();
        Clones cloned = clones ? new Clones(queried, action, rows, columnTypes) : null;
        for (PropertyGraph graph : new java.util.LinkedHashSet<>(on)) {
            for (NodeTable t : graph.nodeTables()) {
                NodeTable kept = graph == queried && clones ? cloned.without(t) : t;
                nodes.add(ids.shift(kept, graph));
            }
            for (RelationshipTable t : graph.relationshipTables()) {
                RelationshipTable kept = graph == queried && clones ? cloned.without(t) : t;
                relationships.add(ids.shift(kept, graph));
            }
        }
        if (clones) {
            cloned.nodeTables().forEach(t -> nodes.add(ids.shift(t, queried)));
            cloned.relationshipTables().forEach(t -> relationships.add(ids.shift(t, queried)));
        }
        long clonedNodeOffset = ids.nodeOffset(queried);
        int k = action.nodes().size();
        for (int i = 0; i < k; i++) {
            nodes.add(createNodes(action.nodes().get(i), ids.nextNodeId(), k, i));
        }
        int m = action.relationships().size();
        for (int j = 0; j < m; j++) {
            relationships.add(createRelationships(action.relationships().get(j), ids.nextRelationshipId(), m, j,
                    clonedNodeOffset));
        }
        return new PropertyGraph(nodes, relationships);
    }

    private NodeTable createNodes(ConstructAction.NewNode node, long base, int count, int index) {
        rows = rows.withColumn(node.variable(), id(node.groupBy().stream().map(c -> col(c)).toList(), base, count,
                index));
        Map<String, CypherType> properties = properties(node.keys(), node.propertyColumns());
        Dataset<Row> data = rows.select(columns(col(node.variable()).as(NodeTable.ID), node.keys(),
                node.propertyColumns(), properties)).dropDuplicates(NodeTable.ID);
        return new NodeTable(node.labels(), properties, data);
    }

    private RelationshipTable createRelationships(ConstructAction.NewRelationship r, long base, int count, int index,
            long clonedNodeOffset) {
        Column source = end(r.source(), clonedNodeOffset);
        Column target = end(r.target(), clonedNodeOffset);
        List<Column> groups = new ArrayList<>(List.of(source, target));
        r.groupBy().forEach(c -> groups.add(col(c)));
        Dataset<Row> ends = rows.where(source.isNotNull().and(target.isNotNull()));
        Column id = id(groups, base, count, index);
        Map<String, CypherType> properties = properties(r.keys(), r.propertyColumns());
        List<Column> selected = new ArrayList<>(List.of(id.as(RelationshipTable.ID), source.as(RelationshipTable.SOURCE),
                target.as(RelationshipTable.TARGET)));
        selected.addAll(List.of(columns(null, r.keys(), r.propertyColumns(), properties)));
        Dataset<Row> data = ends.select(selected.toArray(Column[]::new)).dropDuplicates(RelationshipTable.ID);
        return new RelationshipTable(r.type(), properties, data);
    }

    /** A created node's id column, or a cloned node's id (a row column) placed where the clones went. */
    private Column end(String node, long clonedNodeOffset) {
        boolean created = action.nodes().stream().anyMatch(n -> n.variable().equals(node));
        return created ? col(node) : col(node).plus(lit(clonedNodeOffset));
    }

    private static Column id(List<Column> groups, long base, int count, int index) {
        Column rank = groups.isEmpty() ? lit(1L)
                : dense_rank().over(Window.orderBy(groups.stream().map(Column::asc_nulls_first).toArray(Column[]::new)));
        return lit(base).plus(rank.cast("long").minus(lit(1L)).multiply(lit((long) count))).plus(lit((long) index));
    }

    /** Key to type of the properties a created element has; keys whose value is always null are left out. */
    private Map<String, CypherType> properties(List<String> keys, List<String> valueColumns) {
        Map<String, CypherType> properties = new LinkedHashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            CypherType type = columnTypes.get(valueColumns.get(i));
            if (type == CypherType.NULL) {
                continue;
            }
            if (type instanceof CypherType.ListOf list && list.element() == CypherType.ANY) {
                throw new UnsupportedFeature("CONSTRUCT of a property (`" + keys.get(i)
                        + "`) whose list values have different types", null);
            }
            properties.put(keys.get(i), type);
        }
        return properties;
    }

    private static Column[] columns(Column first, List<String> keys, List<String> valueColumns,
            Map<String, CypherType> properties) {
        List<Column> out = new ArrayList<>();
        if (first != null) {
            out.add(first);
        }
        for (int i = 0; i < keys.size(); i++) {
            if (properties.containsKey(keys.get(i))) {
                out.add(col(valueColumns.get(i)).as(keys.get(i)));
            }
        }
        return out.toArray(Column[]::new);
    }
}
