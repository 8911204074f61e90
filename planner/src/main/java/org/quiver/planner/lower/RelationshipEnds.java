package org.quiver.planner.lower;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.quiver.planner.expr.ColumnRef;
import org.quiver.planner.expr.Expr;
import org.quiver.planner.expr.NamedExpr;
import org.quiver.planner.expr.ScalarCall;
import org.quiver.planner.expr.VariableRef;
import org.quiver.planner.relational.Compute;
import org.quiver.planner.relational.JoinKey;
import org.quiver.planner.relational.LeftOuterJoin;
import org.quiver.planner.relational.PropertyColumn;
import org.quiver.planner.relational.RelColumn;
import org.quiver.planner.relational.RelOp;
import org.quiver.planner.relational.ScanNodes;

/**
 * {@code startNode(r)} and {@code endNode(r)}: the node at an end of a relationship variable is a
 * left join of the relationship's source or target id with the node tables, every property read
 * (the node is a whole value), bound under {@link ExpressionLowering#endVariable} for the
 * expressions of one operator. A null relationship has no end: the join keeps its row.
 */
final class RelationshipEnds {
    private RelationshipEnds() {
    }

    /** {@code input} with the ends that {@code expressions} ask for joined and bound. */
    static Lowered joined(Lowering lowering, Lowered input, Collection<Expr> expressions) {
        Set<ScalarCall> calls = new LinkedHashSet<>();
        expressions.forEach(e -> collect(e, input.bindings(), calls));
        if (calls.isEmpty()) {
            return input;
        }
        RelOp relation = input.relation();
        Map<String, Binding> bindings = new LinkedHashMap<>(input.bindings());
        EntityStructs structs = lowering.entityStructs();
        for (ScalarCall call : calls) {
            String relationship = ((VariableRef) call.arguments().get(0)).name();
            String name = ExpressionLowering.endVariable(call.function(), relationship);
            if (bindings.containsKey(name)) {
                continue;
            }
            Binding.Relationship r = (Binding.Relationship) bindings.get(relationship);
            ScanNodes nodes = lowering.patterns().scanAllNodes(name, structs.nodeKeys());
            String end = call.function().equals("startnode") ? r.source() : r.target();
            relation = new LeftOuterJoin(relation, nodes, List.of(new JoinKey(end, nodes.idColumn())));
            Map<String, PropertyColumn> properties = new LinkedHashMap<>();
            nodes.properties().forEach(p -> properties.put(p.key(), p));
            bindings.put(name, new Binding.Node(nodes.idColumn(), Optional.of(nodes.labelsColumn()), properties));
        }
        return new Lowered(relation, bindings);
    }

    /** {@code joined}'s relation narrowed to the columns of {@code before}, for operators that pass rows on. */
    static RelOp withoutEnds(Lowered before, Lowered joined, RelOp result) {
        if (joined == before) {
            return result;
        }
        List<NamedExpr> kept = new ArrayList<>();
        for (RelColumn c : before.relation().columns()) {
            kept.add(new NamedExpr(c.name(), new ColumnRef(c.name(), c.type())));
        }
        return new Compute(result, kept);
    }

    private static void collect(Expr e, Map<String, Binding> bindings, Set<ScalarCall> calls) {
        if (e instanceof ScalarCall call && (call.function().equals("startnode") || call.function().equals("endnode"))
                && call.arguments().size() == 1 && call.arguments().get(0) instanceof VariableRef ref
                && bindings.get(ref.name()) instanceof Binding.Relationship) {
            calls.add(call);
            return;
        }
        e.children().forEach(c -> collect(c, bindings, calls));
    }
}
