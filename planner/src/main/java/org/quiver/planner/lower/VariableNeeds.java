package org.quiver.planner.lower;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.quiver.planner.expr.AggregateCall;
import org.quiver.planner.expr.Binary;
import org.quiver.planner.expr.Expr;
import org.quiver.planner.expr.HasLabel;
import org.quiver.planner.expr.NamedExpr;
import org.quiver.planner.expr.PropertyOf;
import org.quiver.planner.expr.ScalarCall;
import org.quiver.planner.expr.SortKey;
import org.quiver.planner.expr.VariableRef;
import org.quiver.planner.logical.Aggregate;
import org.quiver.planner.logical.Filter;
import org.quiver.planner.logical.LogicalOp;
import org.quiver.planner.logical.Project;
import org.quiver.planner.logical.Sort;

/**
 * What of each node and relationship variable a plan reads: which property keys, whether the
 * labels, whether the whole entity (returned or collected as a value). Scans read only that, so
 * unused properties never leave the files. Variables are tracked by name; a name reused for
 * another entity later in the query gets the union, which is safe.
 */
final class VariableNeeds {
    private final Map<String, Set<String>> keys = new HashMap<>();
    private final Set<String> labels = new HashSet<>();
    private final Set<String> whole = new HashSet<>();
    /** {@code alias -> source} for projections that pass an entity on under another name. */
    private final Map<String, Set<String>> aliases = new HashMap<>();

    static VariableNeeds of(LogicalOp plan, List<String> resultColumns) {
        VariableNeeds needs = new VariableNeeds();
        needs.whole.addAll(resultColumns);
        needs.visit(plan);
        needs.propagate();
        return needs;
    }

    Set<String> keys(String variable) {
        return keys.getOrDefault(variable, Set.of());
    }

    boolean labels(String variable) {
        return labels.contains(variable) || whole.contains(variable);
    }

    boolean whole(String variable) {
        return whole.contains(variable);
    }

    /** Whether anything beyond the id is read. */
    boolean anythingBeyondId(String variable) {
        return labels(variable) || !keys(variable).isEmpty();
    }

    private void visit(LogicalOp op) {
        op.children().forEach(this::visit);
        if (op instanceof Filter f) {
            expr(f.predicate());
        } else if (op instanceof Project p) {
            items(p.items());
        } else if (op instanceof Aggregate a) {
            items(a.groupings());
            items(a.aggregations());
        } else if (op instanceof org.quiver.planner.logical.Unwind u) {
            expr(u.list());
        } else if (op instanceof Sort s) {
            s.keys().stream().map(SortKey::expr).forEach(this::expr);
        } else if (op instanceof org.quiver.planner.logical.PatternCollect c) {
            expr(c.projection());
        } else if (op instanceof org.quiver.planner.logical.VarExpand v) {
            v.stepPredicates().forEach(this::expr);
        } else if (op instanceof org.quiver.planner.logical.LimitPerKey l) {
            l.order().stream().map(SortKey::expr).forEach(this::expr);
        } else if (op instanceof org.quiver.planner.logical.SubqueryCall c) {
            // A subquery's key stands for the outer variable it imports.
            c.imports().forEach((outer, key) -> aliases.computeIfAbsent(key, k -> new HashSet<>()).add(outer));
            if (c.inner() instanceof org.quiver.planner.logical.Union) {
                // Returned through a union, entities travel as whole values.
                whole.addAll(c.returned());
            }
        }
    }

    private void items(List<NamedExpr> items) {
        for (NamedExpr item : items) {
            if (item.expr() instanceof VariableRef ref && (ref.type().isEntity() || isEntityList(ref.type()))) {
                aliases.computeIfAbsent(item.name(), k -> new HashSet<>()).add(ref.name());
            } else {
                expr(item.expr());
            }
        }
    }

    private void expr(Expr e) {
        if (e instanceof PropertyOf p) {
            keys.computeIfAbsent(p.entity().name(), k -> new HashSet<>()).add(p.key());
        } else if (e instanceof HasLabel h && h.node() instanceof VariableRef ref) {
            labels.add(ref.name());
        } else if (e instanceof ScalarCall call && call.arguments().size() == 1
                && call.arguments().get(0) instanceof VariableRef ref && ref.type().isEntity()) {
            if (call.function().equals("labels")) {
                labels.add(ref.name());
            } else if (!List.of("id", "type", "startnode", "endnode").contains(call.function())) {
                whole.add(ref.name());
            }
        } else if (e instanceof ScalarCall call && call.function().equals("size") && call.arguments().size() == 1
                && call.arguments().get(0) instanceof VariableRef ref && isEntityList(ref.type())) {
            // A relationship list's size is read from its ids; another list's from its values.
            if (!ref.type().equals(org.quiver.planner.types.CypherType.listOf(org.quiver.planner.types.CypherType.RELATIONSHIP))) {
                whole.add(ref.name());
            }
        } else if (e instanceof Binary b && ExpressionLowering.isEntityComparison(b)) {
            return;
        } else if (e instanceof Binary b && b.op() == Binary.Op.IN && b.left().type().isEntity()) {
            // Membership compares ids only.
            if (!(b.left() instanceof VariableRef)) {
                expr(b.left());
            }
            if (!(b.right() instanceof VariableRef)) {
                expr(b.right());
            }
        } else if (e instanceof AggregateCall a && a.function() == AggregateCall.Function.COUNT
                && a.argument().isPresent() && a.argument().get() instanceof VariableRef ref && ref.type().isEntity()) {
            return;
        } else if (e instanceof VariableRef ref && (ref.type().isEntity() || isEntityList(ref.type()))) {
            whole.add(ref.name());
        } else {
            e.children().forEach(this::expr);
        }
    }

    private static boolean isEntityList(org.quiver.planner.types.CypherType type) {
        return type instanceof org.quiver.planner.types.CypherType.ListOf list && list.element().isEntity();
    }

    /** What an alias reads, its source reads too. */
    private void propagate() {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Map.Entry<String, Set<String>> alias : aliases.entrySet()) {
                for (String source : alias.getValue()) {
                    if (source.equals(alias.getKey())) {
                        continue;
                    }
                    changed |= keys.computeIfAbsent(source, k -> new HashSet<>()).addAll(keys(alias.getKey()));
                    if (labels.contains(alias.getKey())) {
                        changed |= labels.add(source);
                    }
                    if (whole.contains(alias.getKey())) {
                        changed |= whole.add(source);
                    }
                }
            }
        }
    }
}
