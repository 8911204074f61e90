package org.quiver.compile;

import org.quiver.graph.SparkTypes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.quiver.api.PropertyGraph;
import org.quiver.api.SideEffects;
import org.quiver.graph.NodeTable;
import org.quiver.graph.RelationshipTable;
import org.quiver.parser.error.TypeError;
import org.quiver.planner.semantic.Segment;
import org.quiver.planner.types.CypherType;
import org.quiver.planner.update.CreateAction;
import org.quiver.planner.update.NodeToCreate;
import org.quiver.planner.update.RelationshipToCreate;

/**
 * Applies a CREATE action to the rows of its part, on the driver: new elements get ids counted on
 * from the graph's largest, in the rows' value order ({@link RowOrder}), so the same statement on
 * the same graph numbers them the same way. New elements go into new tables (one per label combination or type and property
 * types) next to the old ones; the old graph is left as it was.
 */
final class CreateExecutor {
    private final SparkSession spark;
    private final PropertyGraph graph;
    private final Segment segment;
    private final Map<String, Integer> columnIndex = new HashMap<>();
    private final Map<TableKey, List<Row>> nodeRows = new LinkedHashMap<>();
    private final Map<TableKey, List<Row>> relationshipRows = new LinkedHashMap<>();
    private long nextNode;
    private long nextRelationship;
    private long propertiesSet;

    private record TableKey(Set<String> labelsOrType, Map<String, CypherType> properties) {
    }

    CreateExecutor(SparkSession spark, PropertyGraph graph, Segment segment) {
        this.spark = spark;
        this.graph = graph;
        this.segment = segment;
        for (int i = 0; i < segment.columns().size(); i++) {
            columnIndex.put(segment.columns().get(i), i);
        }
    }

    UpdateOutcome apply(List<List<Object>> rows) {
        CreateAction action = (CreateAction) segment.update().orElseThrow();
        long firstNode = graph.nextNodeId();
        long firstRelationship = graph.nextRelationshipId();
        // The i-th element a row creates gets the id first + rank * elementsPerRow + i.
        int[] rank = RowOrder.ranks(rows);
        List<List<Object>> handedOver = new ArrayList<>();
        long nodesCreated = 0;
        long relationshipsCreated = 0;
        for (int at = 0; at < rows.size(); at++) {
            List<Object> row = rows.get(at);
            nextNode = firstNode + (long) rank[at] * action.nodes().size();
            nextRelationship = firstRelationship + (long) rank[at] * action.relationships().size();
            Map<String, Object> environment = new HashMap<>();
            segment.handedOver().keySet().forEach(v -> {
                if (columnIndex.containsKey(v)) {
                    environment.put(v, row.get(columnIndex.get(v)));
                }
            });
            for (NodeToCreate node : action.nodes()) {
                long id = nextNode++;
                environment.put(node.variable(), id);
                add(nodeRows, new TreeSet<>(node.labels()), id, List.of(), node.keys(), node.propertyColumns(), row);
                nodesCreated++;
            }
            for (RelationshipToCreate r : action.relationships()) {
                long id = nextRelationship++;
                environment.put(r.variable(), id);
                Object source = environment.get(r.source());
                Object target = environment.get(r.target());
                if (source == null || target == null) {
                    throw new IllegalStateException("relationship end not bound: " + r);
                }
                add(relationshipRows, Set.of(r.type()), id, List.of(source, target), r.keys(), r.propertyColumns(), row);
                relationshipsCreated++;
            }
            List<Object> next = new ArrayList<>();
            segment.handedOver().keySet().forEach(v -> next.add(environment.get(v)));
            handedOver.add(next);
        }
        nextNode = firstNode + (long) rows.size() * action.nodes().size();
        nextRelationship = firstRelationship + (long) rows.size() * action.relationships().size();
        PropertyGraph after = newGraph();
        Set<String> newLabels = new TreeSet<>(after.schema().labels());
        newLabels.removeAll(graph.schema().labels());
        SideEffects effects = new SideEffects(nodesCreated, 0, relationshipsCreated, 0, propertiesSet, 0,
                newLabels.size(), 0);
        return new UpdateOutcome(after, handedOver, effects);
    }

    private void add(Map<TableKey, List<Row>> tables, Set<String> labelsOrType, long id, List<Object> ends,
            List<String> keys, List<String> columns, List<Object> row) {
        Map<String, CypherType> types = new TreeMap<>();
        Map<String, Object> values = new TreeMap<>();
        for (int i = 0; i < keys.size(); i++) {
            Object value = row.get(columnIndex.get(columns.get(i)));
            if (value != null) {
                types.put(keys.get(i), PropertyValues.typeOf(value, keys.get(i)));
                values.put(keys.get(i), org.quiver.temporal.TemporalRows.encodeAll(value));
            }
        }
        propertiesSet += values.size();
        List<Object> cells = new ArrayList<>();
        cells.add(id);
        cells.addAll(ends);
        cells.addAll(values.values());
        tables.computeIfAbsent(new TableKey(labelsOrType, types), k -> new ArrayList<>())
                .add(RowFactory.create(cells.toArray()));
    }

    private PropertyGraph newGraph() {
        List<NodeTable> nodes = new ArrayList<>(graph.nodeTables());
        nodeRows.forEach((key, rows) -> {
            StructType schema = new StructType().add(NodeTable.ID, DataTypes.LongType, false);
            schema = withProperties(schema, key.properties());
            nodes.add(new NodeTable(key.labelsOrType(), key.properties(), spark.createDataFrame(rows, schema)));
        });
        List<RelationshipTable> relationships = new ArrayList<>(graph.relationshipTables());
        relationshipRows.forEach((key, rows) -> {
            StructType schema = new StructType().add(RelationshipTable.ID, DataTypes.LongType, false)
                    .add(RelationshipTable.SOURCE, DataTypes.LongType, false)
                    .add(RelationshipTable.TARGET, DataTypes.LongType, false);
            schema = withProperties(schema, key.properties());
            relationships.add(new RelationshipTable(key.labelsOrType().iterator().next(), key.properties(),
                    spark.createDataFrame(rows, schema)));
        });
        return new PropertyGraph(nodes, relationships, nextNode, nextRelationship);
    }

    private static StructType withProperties(StructType schema, Map<String, CypherType> properties) {
        for (Map.Entry<String, CypherType> p : properties.entrySet()) {
            schema = schema.add(p.getKey(), SparkTypes.of(p.getValue()), true);
        }
        return schema;
    }

    /** The type of a property value as it will be stored; a list must hold one type. */
    static final class PropertyValues {
        private PropertyValues() {
        }

        static CypherType typeOf(Object value, String key) {
            if (value instanceof Long) {
                return CypherType.INTEGER;
            } else if (value instanceof Double) {
                return CypherType.FLOAT;
            } else if (value instanceof String) {
                return CypherType.STRING;
            } else if (value instanceof Boolean) {
                return CypherType.BOOLEAN;
            } else if (org.quiver.temporal.TemporalRows.typeOfValue(value).isPresent()) {
                return org.quiver.temporal.TemporalRows.typeOfValue(value).get();
            } else if (value instanceof List<?> list) {
                CypherType element = CypherType.NULL;
                for (Object item : list) {
                    if (item == null) {
                        throw new TypeError("InvalidPropertyType", "Property `" + key
                                + "`: a list stored as a property cannot hold null", null);
                    }
                    CypherType t = typeOf(item, key);
                    if (t instanceof CypherType.ListOf || (element != CypherType.NULL && !element.equals(t))) {
                        throw new TypeError("InvalidPropertyType", "Property `" + key
                                + "`: a list stored as a property holds values of one primitive type", null);
                    }
                    element = t;
                }
                return CypherType.listOf(element);
            }
            throw new TypeError("InvalidPropertyType", "Property `" + key + "` cannot hold " + value, null);
        }
    }
}
