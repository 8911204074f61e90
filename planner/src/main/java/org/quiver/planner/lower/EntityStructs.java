package org.quiver.planner.lower;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.quiver.planner.expr.ColumnRef;
import org.quiver.planner.expr.Expr;
import org.quiver.planner.expr.Literal;
import org.quiver.planner.expr.NodeValue;
import org.quiver.planner.expr.RelationshipValue;
import org.quiver.planner.relational.PropertyColumn;
import org.quiver.planner.schema.GraphSchema;
import org.quiver.planner.types.CypherType;

/**
 * Entity values that share one shape across the whole graph: every node with the property keys of
 * all nodes, every relationship with those of all relationships (absent ones null). Lists of
 * entities and paths hold entities of different labels and types, and a list's elements must have
 * one Spark type. A key whose values differ in type across tables is a field of type Any (or
 * Number), so a property read from a table of one type is turned into that.
 */
final class EntityStructs {
    private final Map<String, CypherType> nodeKeys;
    private final Map<String, CypherType> relationshipKeys;

    EntityStructs(GraphSchema schema) {
        List<Set<String>> all = schema.combinationsWith(Set.of());
        Set<String> keys = new TreeSet<>();
        all.forEach(c -> keys.addAll(schema.nodeProperties(c).keySet()));
        nodeKeys = new TreeMap<>();
        for (String key : keys) {
            nodeKeys.put(key, schema.nodePropertyType(all, key).orElse(CypherType.NULL));
        }
        List<String> types = List.copyOf(schema.relationshipTypes().keySet());
        Set<String> relKeys = new TreeSet<>();
        types.forEach(t -> relKeys.addAll(schema.relationshipProperties(t).keySet()));
        relationshipKeys = new TreeMap<>();
        for (String key : relKeys) {
            relationshipKeys.put(key, schema.relationshipPropertyType(types, key).orElse(CypherType.NULL));
        }
    }

    Set<String> nodeKeys() {
        return nodeKeys.keySet();
    }

    Map<String, CypherType> nodeKeyTypes() {
        return java.util.Collections.unmodifiableMap(nodeKeys);
    }

    Map<String, CypherType> relationshipKeyTypes() {
        return java.util.Collections.unmodifiableMap(relationshipKeys);
    }

    Set<String> relationshipKeys() {
        return relationshipKeys.keySet();
    }

    NodeValue node(Binding.Node node) {
        String labels = node.labels().orElseThrow(() -> new IllegalStateException("labels of a path node not read"));
        return new NodeValue(new ColumnRef(node.id(), CypherType.INTEGER), new ColumnRef(labels,
                CypherType.listOf(CypherType.STRING)), List.copyOf(nodeKeys.keySet()), values(nodeKeys, node.properties()));
    }

    RelationshipValue relationship(Binding.Relationship r) {
        return new RelationshipValue(new ColumnRef(r.id(), CypherType.INTEGER), new ColumnRef(r.type(), CypherType.STRING),
                new ColumnRef(r.source(), CypherType.INTEGER), new ColumnRef(r.target(), CypherType.INTEGER),
                List.copyOf(relationshipKeys.keySet()), values(relationshipKeys, r.properties()));
    }

    private static List<Expr> values(Map<String, CypherType> keys, Map<String, PropertyColumn> read) {
        List<Expr> values = new ArrayList<>();
        keys.forEach((key, type) -> {
            PropertyColumn column = read.get(key);
            values.add(column == null || column.type() == CypherType.NULL ? new Literal(null, type)
                    : MixedProperties.as(new ColumnRef(column.column(), column.type()), type));
        });
        return values;
    }
}
