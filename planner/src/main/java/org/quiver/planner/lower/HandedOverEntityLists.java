package org.quiver.planner.lower;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.quiver.planner.expr.AggregateCall;
import org.quiver.planner.expr.Binary;
import org.quiver.planner.expr.ColumnRef;
import org.quiver.planner.expr.Expr;
import org.quiver.planner.expr.FieldOf;
import org.quiver.planner.expr.IndexOf;
import org.quiver.planner.expr.LambdaVariable;
import org.quiver.planner.expr.ListComprehensionOf;
import org.quiver.planner.expr.Literal;
import org.quiver.planner.expr.NamedExpr;
import org.quiver.planner.relational.Compute;
import org.quiver.planner.relational.Dedup;
import org.quiver.planner.relational.GroupBy;
import org.quiver.planner.relational.Join;
import org.quiver.planner.relational.JoinKey;
import org.quiver.planner.relational.NullSafeJoin;
import org.quiver.planner.relational.RelColumn;
import org.quiver.planner.relational.RelOp;
import org.quiver.planner.relational.ScanNodes;
import org.quiver.planner.relational.ScanRelationships;
import org.quiver.planner.relational.Unnest;
import org.quiver.planner.types.CypherType;

/**
 * A list of nodes or relationships handed over by an earlier part arrives as a list of ids; the
 * entities are read again from the graph the update produced (so they show its changes). The
 * distinct lists are unnested, their ids joined with the tables, the values found collected per
 * list and joined back; each id then takes the value with that id, in list order (an id no longer
 * in the graph, deleted, gives null).
 */
final class HandedOverEntityLists {
    private HandedOverEntityLists() {
    }

    /** {@code input} with a column {@code valueColumn}: the entity values of the ids in {@code idsColumn}. */
    static RelOp values(Lowering lowering, RelOp input, String idsColumn, CypherType element, String valueColumn) {
        EntityStructs structs = lowering.entityStructs();
        CypherType ids = CypherType.listOf(CypherType.INTEGER);
        CypherType values = CypherType.listOf(element);
        String id = valueColumn + "#id";
        RelOp distinct = new Dedup(new Compute(input, List.of(new NamedExpr(idsColumn, new ColumnRef(idsColumn, ids)))));
        RelOp unnested = new Unnest(distinct, new ColumnRef(idsColumn, ids), id, CypherType.INTEGER);
        Expr value;
        RelOp found;
        if (element == CypherType.NODE) {
            ScanNodes nodes = lowering.patterns().scanAllNodes(valueColumn, structs.nodeKeys());
            found = new Join(unnested, nodes, List.of(new JoinKey(id, nodes.idColumn())));
            value = structs.node(new Binding.Node(nodes.idColumn(), Optional.of(nodes.labelsColumn()),
                    PatternLowering.propertyMap(nodes.properties())));
        } else {
            ScanRelationships relationships = lowering.patterns().scanAllRelationships(valueColumn, structs.relationshipKeys());
            found = new Join(unnested, relationships, List.of(new JoinKey(id, relationships.idColumn())));
            value = structs.relationship(PatternLowering.relationshipBinding(relationships));
        }
        String key = idsColumn + "~found";
        String collected = valueColumn + "#found";
        RelOp grouped = new GroupBy(found, List.of(new NamedExpr(key, new ColumnRef(idsColumn, ids))),
                List.of(new NamedExpr(collected, new AggregateCall(AggregateCall.Function.COLLECT, false,
                        Optional.of(value), values))));
        RelOp joined = new NullSafeJoin(input, grouped, List.of(new JoinKey(idsColumn, key)), true);
        LambdaVariable wanted = new LambdaVariable("  id", CypherType.INTEGER);
        LambdaVariable candidate = new LambdaVariable("  found", element);
        Expr same = new Binary(Binary.Op.EQUALS, new FieldOf(candidate, "id", CypherType.INTEGER), wanted,
                CypherType.BOOLEAN);
        Expr withId = new IndexOf(new ListComprehensionOf("  found", new ColumnRef(collected, values), same, candidate,
                values), new Literal(0L, CypherType.INTEGER), element);
        List<NamedExpr> outputs = new ArrayList<>();
        for (RelColumn c : input.columns()) {
            outputs.add(new NamedExpr(c.name(), new ColumnRef(c.name(), c.type())));
        }
        outputs.add(new NamedExpr(valueColumn, new ListComprehensionOf("  id", new ColumnRef(idsColumn, ids),
                new Literal(true, CypherType.BOOLEAN), withId, values)));
        return new Compute(joined, outputs);
    }
}
