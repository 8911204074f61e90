package org.quiver.planner.lower;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.quiver.planner.expr.ColumnRef;
import org.quiver.planner.expr.Expr;
import org.quiver.planner.expr.FieldOf;
import org.quiver.planner.expr.NamedExpr;
import org.quiver.planner.relational.Compute;
import org.quiver.planner.relational.PropertyColumn;
import org.quiver.planner.relational.RelColumn;
import org.quiver.planner.relational.RelOp;
import org.quiver.planner.relational.Unnest;
import org.quiver.planner.types.CypherType;

/**
 * {@code UNWIND} of a list of nodes or relationships: the list holds entity values of the
 * graph-wide shape ({@link EntityStructs}), so each unwound value is taken apart into the columns a
 * node or relationship variable is bound to (id, labels or type and ends, every property), and the
 * variable is then as good as one a pattern bound: it can be matched from, updated and returned.
 */
final class UnwoundEntities {
    private UnwoundEntities() {
    }

    record Unwound(RelOp relation, Binding binding) {
    }

    static Unwound unwind(RelOp input, Expr list, String prefix, CypherType elementType, EntityStructs structs) {
        String value = prefix + "#value";
        return takeApart(new Unnest(input, list, value, elementType), value, prefix, elementType, structs);
    }

    /**
     * The entity values (of the graph-wide shape) in {@code valueColumn} of {@code input} taken
     * apart into the columns of a binding named from {@code prefix}; the other columns stay.
     */
    static Unwound takeApart(RelOp input, String valueColumn, String prefix, CypherType elementType,
            EntityStructs structs) {
        List<NamedExpr> outputs = new ArrayList<>();
        for (RelColumn c : input.columns()) {
            if (!c.name().equals(valueColumn)) {
                outputs.add(new NamedExpr(c.name(), new ColumnRef(c.name(), c.type())));
            }
        }
        ColumnRef entity = new ColumnRef(valueColumn, elementType);
        Map<String, PropertyColumn> properties = new LinkedHashMap<>();
        boolean node = elementType == CypherType.NODE;
        Map<String, CypherType> keys = node ? structs.nodeKeyTypes() : structs.relationshipKeyTypes();
        FieldOf propertyMap = new FieldOf(entity, "properties", CypherType.MAP);
        int i = 0;
        for (Map.Entry<String, CypherType> key : keys.entrySet()) {
            String column = prefix + "#p" + i++;
            outputs.add(new NamedExpr(column, new FieldOf(propertyMap, key.getKey(), key.getValue())));
            properties.put(key.getKey(), new PropertyColumn(key.getKey(), column, key.getValue()));
        }
        String id = prefix + "#id";
        outputs.add(new NamedExpr(id, new FieldOf(entity, "id", CypherType.INTEGER)));
        Binding binding;
        if (node) {
            String labels = prefix + "#labels";
            outputs.add(new NamedExpr(labels, new FieldOf(entity, "labels", CypherType.listOf(CypherType.STRING))));
            binding = new Binding.Node(id, Optional.of(labels), properties);
        } else {
            String type = prefix + "#type";
            String source = prefix + "#start";
            String target = prefix + "#end";
            outputs.add(new NamedExpr(type, new FieldOf(entity, "type", CypherType.STRING)));
            outputs.add(new NamedExpr(source, new FieldOf(entity, "start", CypherType.INTEGER)));
            outputs.add(new NamedExpr(target, new FieldOf(entity, "end", CypherType.INTEGER)));
            binding = new Binding.Relationship(id, type, source, target, properties);
        }
        return new Unwound(new Compute(input, outputs), binding);
    }
}
