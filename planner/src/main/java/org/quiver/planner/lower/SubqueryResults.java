package org.quiver.planner.lower;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.quiver.planner.expr.ColumnRef;
import org.quiver.planner.expr.Expr;
import org.quiver.planner.expr.NamedExpr;
import org.quiver.planner.expr.VariableRef;
import org.quiver.planner.relational.AntiJoin;
import org.quiver.planner.relational.Compute;
import org.quiver.planner.relational.Dedup;
import org.quiver.planner.relational.JoinKey;
import org.quiver.planner.relational.RelOp;
import org.quiver.planner.relational.UnionAll;
import org.quiver.planner.types.CypherType;

/**
 * The relational shapes of a {@code CALL { … }} subquery's results: its columns renamed apart
 * from the outer query's, the parts of a UNION inside it brought to shared columns, and the
 * padding rows an aggregation needs for outer rows the subquery did not match.
 */
final class SubqueryResults {
    private SubqueryResults() {
    }

    /** The identities of a subquery's keys and the columns of what it returns, with {@code suffix} appended. */
    static Lowered renamedApart(org.quiver.planner.logical.SubqueryCall call, Lowered inner, String suffix) {
        Map<String, CypherType> types = new LinkedHashMap<>();
        inner.relation().columns().forEach(c -> types.put(c.name(), c.type()));
        Map<String, NamedExpr> outputs = new LinkedHashMap<>();
        Map<String, Binding> bindings = new LinkedHashMap<>();
        for (String key : call.imports().values()) {
            String identity = inner.bindings().get(key).identity();
            outputs.putIfAbsent(identity + suffix, new NamedExpr(identity + suffix,
                    new ColumnRef(identity, types.get(identity))));
            bindings.put(key, new Binding.Value(identity + suffix));
        }
        for (String name : call.returned()) {
            Binding binding = inner.bindings().get(name);
            for (String column : binding.columns()) {
                outputs.putIfAbsent(column + suffix, new NamedExpr(column + suffix,
                        new ColumnRef(column, types.get(column))));
            }
            bindings.put(name, binding.renamed(column -> column + suffix));
        }
        return new Lowered(new Compute(inner.relation(), List.copyOf(outputs.values())), bindings);
    }

    /**
     * A subquery that is a UNION: each part gives its keys' identities and its returned values
     * (entities as values of the graph-wide shape) in shared columns; entities are taken apart again
     * after the union.
     */
    static Lowered unionOfParts(Lowering lowering, org.quiver.planner.logical.SubqueryCall call,
            org.quiver.planner.logical.Union union, List<Lowered> parts, String suffix) {
        Map<String, CypherType> types = union.variables();
        Map<String, String> columnOf = new LinkedHashMap<>();
        call.imports().values().forEach(key -> columnOf.put(key, lowering.prefix(key.trim()) + suffix));
        call.returned().forEach(name -> columnOf.put(name, lowering.prefix(name) + suffix));
        RelOp all = null;
        for (int i = 0; i < parts.size(); i++) {
            Lowered part = parts.get(i);
            Map<String, CypherType> partTypes = union.parts().get(i).variables();
            List<NamedExpr> outputs = new ArrayList<>();
            for (String key : call.imports().values()) {
                String identity = part.bindings().get(key).identity();
                CypherType type = types.get(key).isEntity() ? CypherType.INTEGER : types.get(key);
                outputs.add(new NamedExpr(columnOf.get(key), new ColumnRef(identity, type)));
            }
            for (String name : call.returned()) {
                Binding binding = part.bindings().get(name);
                Expr value = binding instanceof Binding.Node n ? lowering.entityStructs().node(n)
                        : binding instanceof Binding.Relationship r ? lowering.entityStructs().relationship(r)
                        : lowering.expressions().expr(new VariableRef(name, partTypes.get(name)), part.bindings());
                outputs.add(new NamedExpr(columnOf.get(name), value));
            }
            RelOp computed = new Compute(part.relation(), outputs);
            all = all == null ? computed : new UnionAll(all, computed);
        }
        if (union.distinct()) {
            all = new Dedup(all);
        }
        Map<String, Binding> bindings = new LinkedHashMap<>();
        call.imports().values().forEach(key -> bindings.put(key, new Binding.Value(columnOf.get(key))));
        for (String name : call.returned()) {
            CypherType type = types.get(name);
            if (type == CypherType.NODE || type == CypherType.RELATIONSHIP) {
                UnwoundEntities.Unwound apart = UnwoundEntities.takeApart(all, columnOf.get(name),
                        lowering.prefix(name) + suffix, type, lowering.entityStructs());
                all = apart.relation();
                bindings.put(name, apart.binding());
            } else {
                bindings.put(name, new Binding.Value(columnOf.get(name)));
            }
        }
        return new Lowered(all, bindings);
    }

    /**
     * The input rows marked (in the column {@code marker}), and a row of nulls but for the keys for
     * each argument row (the imported values of the enclosing subquery) that no input row carries.
     */
    static Lowered padMissingKeys(org.quiver.planner.logical.PadMissingKeys pad, Lowered input, Lowered arguments,
            String marker) {
        List<NamedExpr> marked = new ArrayList<>();
        input.relation().columns().forEach(c -> marked.add(new NamedExpr(c.name(), new ColumnRef(c.name(), c.type()))));
        marked.add(new NamedExpr(marker, org.quiver.planner.expr.Literal.of(true)));
        List<NamedExpr> identities = new ArrayList<>();
        List<JoinKey> keys = new ArrayList<>();
        Map<String, String> fromArgument = new LinkedHashMap<>();
        Map<String, CypherType> argumentTypes = new LinkedHashMap<>();
        arguments.relation().columns().forEach(c -> {
            argumentTypes.put(c.name(), c.type());
            fromArgument.put(c.name(), c.name());
        });
        Map<String, CypherType> inputTypes = new LinkedHashMap<>();
        input.relation().columns().forEach(c -> inputTypes.put(c.name(), c.type()));
        for (String key : pad.keys()) {
            String inner = input.bindings().get(key).identity();
            String outer = arguments.bindings().get(key).identity();
            identities.add(new NamedExpr(inner + "~matched", new ColumnRef(inner, inputTypes.get(inner))));
            keys.add(new JoinKey(outer, inner + "~matched"));
            fromArgument.putIfAbsent(inner, outer);
        }
        RelOp missing = new AntiJoin(arguments.relation(), new Compute(input.relation(), identities), keys);
        List<NamedExpr> padded = new ArrayList<>();
        for (org.quiver.planner.relational.RelColumn c : input.relation().columns()) {
            String source = fromArgument.get(c.name());
            padded.add(new NamedExpr(c.name(), source != null ? new ColumnRef(source, argumentTypes.get(source))
                    : new org.quiver.planner.expr.Literal(null, c.type())));
        }
        padded.add(new NamedExpr(marker, new org.quiver.planner.expr.Literal(null, CypherType.BOOLEAN)));
        Map<String, Binding> bindings = new LinkedHashMap<>(input.bindings());
        bindings.put(pad.marker(), new Binding.Value(marker));
        return new Lowered(new UnionAll(new Compute(input.relation(), marked), new Compute(missing, padded)), bindings);
    }
}
