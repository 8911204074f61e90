package org.quiver.planner.semantic;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.quiver.parser.ast.Clause;
import org.quiver.parser.ast.CloneItem;
import org.quiver.parser.ast.Construct;
import org.quiver.parser.ast.Create;
import org.quiver.parser.ast.SetClause;
import org.quiver.parser.ast.SetItem;
import org.quiver.parser.ast.Span;
import org.quiver.parser.ast.Variable;
import org.quiver.parser.error.SyntaxError;
import org.quiver.parser.error.UnsupportedFeature;
import org.quiver.planner.expr.Expr;
import org.quiver.planner.expr.NamedExpr;
import org.quiver.planner.expr.VariableRef;
import org.quiver.planner.schema.GraphSchema;
import org.quiver.planner.types.CypherType;
import org.quiver.planner.update.ConstructAction;
import org.quiver.planner.update.NodeToCreate;
import org.quiver.planner.update.RelationshipToCreate;
import org.quiver.planner.update.UpdateAction;

/**
 * Binds {@code CONSTRUCT}: its CREATE patterns as CREATE binds them, then each created element's
 * grouping (the variables its property values read, SET values included), the elements to clone
 * (those named in CLONE and the bound nodes a created relationship ends at), and the SET items.
 * Clone aliases ({@code CLONE a AS b}) must already be projected into {@code scope}: a row column
 * per bound variable holds the id of its element.
 */
final class ConstructBinder implements UpdateBinder {
    private final BindContext context;
    private final Scope input;
    private final CreateBinder create;
    private final List<NamedExpr> setValues = new ArrayList<>();
    private final Map<String, Set<String>> extraLabels = new LinkedHashMap<>();
    private final Map<String, Map<String, String>> extraProperties = new LinkedHashMap<>();
    private final List<ConstructAction.CloneProperty> cloneProperties = new ArrayList<>();
    private final Map<String, Boolean> clones = new LinkedHashMap<>();
    private Construct construct;

    ConstructBinder(BindContext context, Scope scope) {
        this.context = context;
        this.input = scope;
        this.create = new CreateBinder(context, scope);
    }

    void bind(Construct construct) {
        this.construct = construct;
        for (CloneItem item : construct.clones()) {
            String variable = item.alias().orElse((Variable) item.expression()).name();
            clones.put(variable, type(variable) == CypherType.RELATIONSHIP);
        }
        for (Clause update : construct.updates()) {
            if (update instanceof Create c) {
                create.bind(c);
            } else {
                set((SetClause) update);
            }
        }
        for (RelationshipToCreate r : create.action().relationships()) {
            for (String end : List.of(r.source(), r.target())) {
                if (input.contains(end)) {
                    clones.putIfAbsent(end, false);
                }
            }
        }
    }

    private CypherType type(String variable) {
        return input.lookup(variable).map(VariableInfo::type).orElse(CypherType.ANY);
    }

    private void set(SetClause set) {
        for (SetItem item : set.items()) {
            if (item instanceof SetItem.SetProperty p && p.target().subject() instanceof Variable v) {
                String value = context.freshName("PROPERTY");
                Expr bound = new ExpressionBinder(context, input, false).bind(p.value());
                if (!CreateBinder.storable(bound.type())) {
                    throw new org.quiver.parser.error.TypeError("InvalidPropertyType", "Property values can only be "
                            + "of primitive types or lists of them, not " + bound.type().displayName(), p.value().span());
                }
                setValues.add(new NamedExpr(value, bound));
                String target = v.name();
                if (input.contains(target) && type(target).isEntity()) {
                    cloneProperties.add(new ConstructAction.CloneProperty(target,
                            type(target) == CypherType.RELATIONSHIP, p.target().key(), value));
                    clones.putIfAbsent(target, type(target) == CypherType.RELATIONSHIP);
                } else {
                    requireCreated(target, v.span());
                    extraProperties.computeIfAbsent(target, k -> new LinkedHashMap<>()).put(p.target().key(), value);
                }
            } else if (item instanceof SetItem.SetLabels l && !input.contains(l.target().name())) {
                requireCreated(l.target().name(), l.target().span());
                extraLabels.computeIfAbsent(l.target().name(), k -> new TreeSet<>()).addAll(l.labels());
            } else {
                throw new UnsupportedFeature("In CONSTRUCT, SET other than `x.key = value` (on created or cloned "
                        + "elements) and `x:Label` (on created nodes)", item.span());
            }
        }
    }

    private void requireCreated(String variable, Span span) {
        boolean created = create.action().nodes().stream().anyMatch(n -> n.variable().equals(variable))
                || create.action().relationships().stream().anyMatch(r -> r.variable().equals(variable));
        if (!created) {
            throw new SyntaxError("UndefinedVariable", "Variable `" + variable + "` not defined", span);
        }
    }

    public Scope scope() {
        return create.scope();
    }

    public List<NamedExpr> values() {
        List<NamedExpr> all = new ArrayList<>(create.values());
        all.addAll(setValues);
        return all;
    }

    public GraphSchema schemaAfter() {
        return create.schemaAfter();
    }

    public UpdateAction action() {
        List<ConstructAction.NewNode> nodes = new ArrayList<>();
        for (NodeToCreate n : create.action().nodes()) {
            Set<String> labels = new TreeSet<>(n.labels());
            labels.addAll(extraLabels.getOrDefault(n.variable(), Set.of()));
            Map<String, String> properties = properties(n.variable(), n.keys(), n.propertyColumns());
            nodes.add(new ConstructAction.NewNode(n.variable(), labels, List.copyOf(properties.keySet()),
                    List.copyOf(properties.values()), groupBy(properties.values())));
        }
        List<ConstructAction.NewRelationship> relationships = new ArrayList<>();
        for (RelationshipToCreate r : create.action().relationships()) {
            Map<String, String> properties = properties(r.variable(), r.keys(), r.propertyColumns());
            relationships.add(new ConstructAction.NewRelationship(r.variable(), r.type(), r.source(),
                    r.target(), List.copyOf(properties.keySet()), List.copyOf(properties.values()),
                    groupBy(properties.values())));
        }
        List<ConstructAction.Clone> cloned = new ArrayList<>();
        clones.forEach((column, relationship) -> cloned.add(new ConstructAction.Clone(column, relationship)));
        return new ConstructAction(construct.on(), cloned, nodes, relationships, cloneProperties);
    }

    /** Key to value column: the pattern's properties, then SET's (a later SET of a key wins). */
    private Map<String, String> properties(String variable, List<String> keys, List<String> columns) {
        Map<String, String> properties = new LinkedHashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            properties.put(keys.get(i), columns.get(i));
        }
        properties.putAll(extraProperties.getOrDefault(variable, Map.of()));
        return properties;
    }

    /** The input variables the value columns read, by name: the columns a created element is grouped by. */
    private List<String> groupBy(java.util.Collection<String> valueColumns) {
        Map<String, Expr> byColumn = new LinkedHashMap<>();
        values().forEach(v -> byColumn.put(v.name(), v.expr()));
        Set<String> variables = new TreeSet<>();
        for (String column : valueColumns) {
            byColumn.get(column).descendants().filter(e -> e instanceof VariableRef)
                    .map(e -> ((VariableRef) e).name()).filter(input::contains).forEach(variables::add);
        }
        Set<String> columns = new LinkedHashSet<>();
        for (String variable : variables) {
            CypherType t = type(variable);
            if (!t.isEntity() && !CreateBinder.storable(t)) {
                throw new UnsupportedFeature("CONSTRUCT of elements grouped by a " + t.displayName()
                        + " value (variable `" + variable + "`)", construct.span());
            }
            columns.add(variable);
        }
        return List.copyOf(columns);
    }
}
