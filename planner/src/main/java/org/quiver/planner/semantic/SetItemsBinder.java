package org.quiver.planner.semantic;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.quiver.parser.ast.Expression;
import org.quiver.parser.ast.RemoveItem;
import org.quiver.parser.ast.SetItem;
import org.quiver.parser.ast.Span;
import org.quiver.parser.ast.Variable;
import org.quiver.parser.error.SyntaxError;
import org.quiver.parser.error.UnsupportedFeature;
import org.quiver.planner.expr.Expr;
import org.quiver.planner.expr.Literal;
import org.quiver.planner.expr.NamedExpr;
import org.quiver.planner.expr.ScalarCall;
import org.quiver.planner.expr.VariableRef;
import org.quiver.planner.schema.GraphSchema;
import org.quiver.planner.types.CypherType;
import org.quiver.planner.update.EntityUpdate;

/**
 * Binds the items of {@code SET}, {@code REMOVE} and MERGE's {@code ON CREATE / ON MATCH SET}.
 * Values are read from the input row, so they may use only the variables bound before the clause;
 * a target is a variable (of the input row or bound by the clause) or an expression over the input
 * row that gives a node or relationship.
 */
final class SetItemsBinder {
    private final BindContext context;
    private final Scope input;
    private final Scope scope;
    private final List<NamedExpr> values;
    private final Set<String> relationshipTargets;
    private final Set<Set<String>> addedLabels = new LinkedHashSet<>();
    private final Set<Set<String>> removedLabels = new LinkedHashSet<>();
    private final Map<String, CypherType> nodeKeys = new LinkedHashMap<>();
    private final Map<String, CypherType> relationshipKeys = new LinkedHashMap<>();

    /** {@code input}: the row's variables; {@code scope}: those plus the clause's own; values and targets are added to the lists given. */
    SetItemsBinder(BindContext context, Scope input, Scope scope, List<NamedExpr> values,
            Set<String> relationshipTargets) {
        this.context = context;
        this.input = input;
        this.scope = scope;
        this.values = values;
        this.relationshipTargets = relationshipTargets;
    }

    List<EntityUpdate> set(List<SetItem> items) {
        List<EntityUpdate> out = new ArrayList<>();
        for (SetItem item : items) {
            if (item instanceof SetItem.SetProperty p) {
                String target = target(p.target().subject());
                String value = value(p.value());
                recordKey(target, p.target().key(), valueType(value));
                out.add(new EntityUpdate.SetProperty(target, p.target().key(), value));
            } else if (item instanceof SetItem.SetProperties p) {
                String target = target(p.target());
                String value = value(p.value());
                CypherType type = valueType(value);
                if (!(type.isMap() || type.isEntity() || type == CypherType.NULL)) {
                    throw new org.quiver.parser.error.TypeError("InvalidArgumentType", "Type mismatch: expected a map, "
                            + "node or relationship but was " + type.displayName(), p.value().span());
                }
                if (type instanceof CypherType.MapOf map) {
                    map.fields().forEach((k, t) -> recordKey(target, k, t));
                }
                out.add(new EntityUpdate.SetProperties(target, value, !p.merge()));
            } else if (item instanceof SetItem.SetLabels l) {
                String target = nodeTarget(l.target());
                addedLabels.add(Set.copyOf(l.labels()));
                out.add(new EntityUpdate.ChangeLabels(target, Set.copyOf(l.labels()), true));
            }
        }
        return out;
    }

    List<EntityUpdate> remove(List<RemoveItem> items) {
        List<EntityUpdate> out = new ArrayList<>();
        for (RemoveItem item : items) {
            if (item instanceof RemoveItem.RemoveProperty p) {
                String target = target(p.target().subject());
                String value = context.freshName("REMOVED");
                values.add(new NamedExpr(value, Literal.ofNull()));
                out.add(new EntityUpdate.SetProperty(target, p.target().key(), value));
            } else if (item instanceof RemoveItem.RemoveLabels l) {
                String target = nodeTarget(l.target());
                removedLabels.add(Set.copyOf(l.labels()));
                out.add(new EntityUpdate.ChangeLabels(target, Set.copyOf(l.labels()), false));
            }
        }
        return out;
    }

    /**
     * The schema after the items: label combinations they may make, keys they may add. A key set
     * to a value of a new type has that type everywhere after: the update refuses to leave a key
     * with values of two types in the graph.
     */
    GraphSchema schemaAfter(GraphSchema base) {
        GraphSchema.Builder builder = GraphSchema.builder();
        Map<Set<String>, Map<String, CypherType>> combinations = new LinkedHashMap<>(base.labelCombinations());
        for (Map.Entry<Set<String>, Map<String, CypherType>> c : base.labelCombinations().entrySet()) {
            for (Set<String> added : addedLabels) {
                Set<String> labels = new LinkedHashSet<>(c.getKey());
                labels.addAll(added);
                combinations.putIfAbsent(Set.copyOf(labels), c.getValue());
            }
            for (Set<String> removed : removedLabels) {
                Set<String> labels = new LinkedHashSet<>(c.getKey());
                labels.removeAll(removed);
                combinations.putIfAbsent(Set.copyOf(labels), c.getValue());
            }
        }
        if (combinations.isEmpty() && (!nodeKeys.isEmpty() || !addedLabels.isEmpty())) {
            Set<String> labels = new LinkedHashSet<>();
            addedLabels.forEach(labels::addAll);
            combinations.put(Set.copyOf(labels), Map.of());
        }
        combinations.forEach((labels, properties) -> builder.nodes(labels, with(properties, nodeKeys)));
        base.relationshipTypes().forEach((type, properties) ->
                builder.relationships(type, with(properties, relationshipKeys)));
        return builder.build();
    }

    /**
     * The keys of a combination after the SET: which of its elements it changes is known only at
     * run time, so a key may hold its old type and the new one.
     */
    private static Map<String, CypherType> with(Map<String, CypherType> properties, Map<String, CypherType> set) {
        Map<String, CypherType> out = new LinkedHashMap<>(properties);
        set.forEach((key, type) -> out.merge(key, type, CypherType::join));
        return out;
    }

    private String nodeTarget(Variable variable) {
        String target = target(variable);
        if (relationshipTargets.contains(target)) {
            throw new SyntaxError("InvalidArgumentType", "Type mismatch: expected Node but was Relationship",
                    variable.span());
        }
        return target;
    }

    /** The name under which the action finds the id of the element to change. */
    private String target(Expression subject) {
        if (subject instanceof Variable v) {
            VariableInfo info = scope.lookup(v.name()).orElseThrow(() -> new SyntaxError("UndefinedVariable",
                    "Variable `" + v.name() + "` not defined", v.span()));
            entity(info.type(), v.span());
            if (info.type() == CypherType.RELATIONSHIP) {
                relationshipTargets.add(v.name());
            }
            return v.name();
        }
        Expr bound = new ExpressionBinder(context, input, false).bind(subject);
        entity(bound.type(), subject.span());
        String column = context.freshName("TARGET");
        values.add(new NamedExpr(column, new ScalarCall("id", List.of(bound), CypherType.INTEGER)));
        if (bound.type() == CypherType.RELATIONSHIP) {
            relationshipTargets.add(column);
        }
        return column;
    }

    private static void entity(CypherType type, Span span) {
        if (type == CypherType.ANY) {
            throw new UnsupportedFeature("Updating a value whose type is not known to be a node or relationship", span);
        }
        if (!type.isEntity() && type != CypherType.NULL) {
            throw new SyntaxError("InvalidArgumentType", "Type mismatch: expected Node or Relationship but was "
                    + type.displayName(), span);
        }
    }

    private String value(Expression value) {
        Expr bound = new ExpressionBinder(context, scope, false).bind(value);
        List<String> own = new ArrayList<>();
        bound.transformUp(e -> {
            if (e instanceof VariableRef v && !input.contains(v.name())) {
                own.add(v.name());
            }
            return e;
        });
        if (!own.isEmpty()) {
            throw new UnsupportedFeature("A value in MERGE's ON CREATE / ON MATCH that reads a variable the MERGE binds (`"
                    + own.get(0) + "`)", value.span());
        }
        String column = context.freshName("VALUE");
        values.add(new NamedExpr(column, bound));
        return column;
    }

    private CypherType valueType(String column) {
        return values.stream().filter(v -> v.name().equals(column)).findFirst().orElseThrow().expr().type();
    }

    private void recordKey(String target, String key, CypherType type) {
        if (type == CypherType.NULL) {
            return;
        }
        (relationshipTargets.contains(target) ? relationshipKeys : nodeKeys).merge(key, type, CypherType::join);
    }
}
