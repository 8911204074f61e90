package org.quiver.planner.semantic;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.quiver.parser.ast.Create;
import org.quiver.parser.ast.Expression;
import org.quiver.parser.ast.LabelExpression;
import org.quiver.parser.ast.MapLiteral;
import org.quiver.parser.ast.NodePattern;
import org.quiver.parser.ast.PatternPart;
import org.quiver.parser.ast.PatternStep;
import org.quiver.parser.ast.RelationshipPattern;
import org.quiver.parser.ast.Span;
import org.quiver.parser.ast.Variable;
import org.quiver.parser.error.SyntaxError;
import org.quiver.parser.error.TypeError;
import org.quiver.parser.error.UnsupportedFeature;
import org.quiver.planner.expr.Expr;
import org.quiver.planner.expr.Literal;
import org.quiver.planner.expr.NamedExpr;
import org.quiver.planner.expr.PathOf;
import org.quiver.planner.expr.PropertyOf;
import org.quiver.planner.expr.VariableRef;
import org.quiver.planner.types.CypherType;
import org.quiver.planner.update.CreateAction;
import org.quiver.planner.update.NodeToCreate;
import org.quiver.planner.update.RelationshipToCreate;

/**
 * Binds consecutive {@code CREATE} clauses: which nodes and relationships each input row makes,
 * their property values as expressions over the input row, and the variables they bind. The
 * pattern of a {@code MERGE} is bound the same way ({@code merge} mode), with MERGE's rules:
 * undirected relationships, no parameter maps, null values kept (the action rejects them).
 */
final class CreateBinder implements UpdateBinder {
    private final BindContext context;
    private final Scope input;
    private Scope scope;
    private final List<NodeToCreate> nodes = new ArrayList<>();
    private final List<RelationshipToCreate> relationships = new ArrayList<>();
    private final List<NamedExpr> values = new ArrayList<>();
    private final GraphSchemaExtension extension;
    private final boolean merge;
    private final Set<String> undirected = new LinkedHashSet<>();
    /** The property values of the elements created so far, by variable and key, as expressions over the input row. */
    private final Map<String, Map<String, Expr>> created = new java.util.HashMap<>();

    CreateBinder(BindContext context, Scope scope) {
        this(context, scope, false);
    }

    CreateBinder(BindContext context, Scope scope, boolean merge) {
        this.merge = merge;
        this.context = context;
        this.input = scope;
        this.scope = scope;
        this.extension = new GraphSchemaExtension(context.schema());
    }

    public Scope scope() {
        return scope;
    }

    /** The expressions (over the input row) whose values become properties, named as the action reads them. */
    public List<NamedExpr> values() {
        return values;
    }

    /** The relationships of a MERGE pattern written without a direction. */
    Set<String> undirected() {
        return undirected;
    }

    public CreateAction action() {
        return new CreateAction(nodes, relationships);
    }

    /** The schema after this CREATE, as far as analysis can tell: where later clauses look up property types. */
    public org.quiver.planner.schema.GraphSchema schemaAfter() {
        return extension.build();
    }

    private final Map<String, PathOf> paths = new java.util.LinkedHashMap<>();

    void bind(Create create) {
        for (PatternPart part : create.pattern().parts()) {
            if (part.selector() != PatternPart.PathSelector.ALL) {
                throw new SyntaxError("UnexpectedSyntax", "shortestPath() cannot be used in CREATE", part.span());
            }
            String previous = node(part.element().start(), part.element().steps().isEmpty());
            VariableRef start = new VariableRef(previous, CypherType.NODE);
            List<PathOf.Step> steps = new ArrayList<>();
            for (PatternStep step : part.element().steps()) {
                String next = node(step.node(), false);
                String relationship = relationship(step.relationship(), previous, next);
                steps.add(new PathOf.Step(new VariableRef(relationship, CypherType.RELATIONSHIP), Optional.empty(),
                        new VariableRef(next, CypherType.NODE)));
                previous = next;
            }
            if (part.pathVariable().isPresent()) {
                Variable path = part.pathVariable().get();
                if (scope.contains(path.name()) || paths.containsKey(path.name())) {
                    throw new SyntaxError("VariableAlreadyBound", "Variable `" + path.name() + "` already declared",
                            path.span());
                }
                paths.put(path.name(), new PathOf(start, steps));
            }
        }
    }

    /** The named paths of the pattern, over the variables of their elements (bound once the update ran). */
    public Map<String, PathOf> paths() {
        return java.util.Collections.unmodifiableMap(paths);
    }

    private String node(NodePattern node, boolean standalone) {
        node.where().ifPresent(w -> {
            throw new SyntaxError("UnexpectedSyntax", "WHERE is not allowed in a CREATE pattern", w.span());
        });
        Optional<String> name = node.variable().map(Variable::name);
        if (name.isPresent() && scope.contains(name.get())) {
            VariableInfo info = scope.lookup(name.get()).orElseThrow();
            Span at = node.variable().get().span();
            if (info.type() != CypherType.NODE) {
                throw new SyntaxError("VariableTypeConflict", "Type mismatch: `" + name.get()
                        + "` defined with conflicting type " + info.type().displayName() + " (expected Node)", at);
            }
            if (standalone || node.labels().isPresent() || node.properties().isPresent()) {
                throw new SyntaxError("VariableAlreadyBound", "Variable `" + name.get() + "` already declared", at);
            }
            return name.get();
        }
        String variable = name.orElseGet(() -> context.freshName("CREATED_NODE"));
        Set<String> labels = labels(node.labels());
        List<String> keys = new ArrayList<>();
        List<String> columns = new ArrayList<>();
        Map<String, CypherType> types = properties(variable, node.properties(), keys, columns);
        nodes.add(new NodeToCreate(variable, labels, keys, columns));
        extension.nodes(labels, types);
        scope = scope.with(variable, new VariableInfo(CypherType.NODE, labels, name.isPresent()));
        return variable;
    }

    private String relationship(RelationshipPattern r, String left, String right) {
        if (r.length().isPresent()) {
            throw new SyntaxError("CreatingVarLength", "Variable length relationships cannot be used in CREATE",
                    r.length().get().span());
        }
        if (r.direction() == RelationshipPattern.Direction.BOTH && !merge) {
            throw new SyntaxError("RequiresDirectedRelationship",
                    "Only directed relationships are supported in CREATE", r.span());
        }
        Optional<String> name = r.variable().map(Variable::name);
        if (name.isPresent() && scope.contains(name.get())) {
            throw new SyntaxError("VariableAlreadyBound", "Variable `" + name.get() + "` already declared",
                    r.variable().get().span());
        }
        String type = singleType(r);
        r.where().ifPresent(w -> {
            throw new SyntaxError("UnexpectedSyntax", "WHERE is not allowed in a CREATE pattern", w.span());
        });
        String variable = name.orElseGet(() -> context.freshName("CREATED_REL"));
        List<String> keys = new ArrayList<>();
        List<String> columns = new ArrayList<>();
        Map<String, CypherType> types = properties(variable, r.properties(), keys, columns);
        boolean outgoing = r.direction() != RelationshipPattern.Direction.INCOMING;
        if (r.direction() == RelationshipPattern.Direction.BOTH) {
            undirected.add(variable);
        }
        relationships.add(new RelationshipToCreate(variable, type, outgoing ? left : right, outgoing ? right : left,
                keys, columns));
        extension.relationships(type, types);
        scope = scope.with(variable, new VariableInfo(CypherType.RELATIONSHIP, Set.of(type), name.isPresent()));
        return variable;
    }

    private static String singleType(RelationshipPattern r) {
        if (r.types().isPresent() && r.types().get() instanceof LabelExpression.Name n) {
            return n.name();
        }
        throw new SyntaxError("NoSingleRelationshipType",
                "A single relationship type must be specified for CREATE", r.span());
    }

    private static Set<String> labels(Optional<LabelExpression> labels) {
        Set<String> names = new LinkedHashSet<>();
        labels.ifPresent(l -> collect(l, names));
        return names;
    }

    private static void collect(LabelExpression e, Set<String> into) {
        if (e instanceof LabelExpression.Name n) {
            into.add(n.name());
        } else if (e instanceof LabelExpression.And and) {
            collect(and.left(), into);
            collect(and.right(), into);
        } else {
            throw new SyntaxError("UnexpectedSyntax", "Only plain labels (`:A:B`) can be created", e.span());
        }
    }

    /**
     * Binds the property map of {@code variable} over the input row; returns the static type of each
     * key. A property of an element created earlier in these clauses ({@code CREATE (a {id: 0}),
     * (b {ref: a.id})}) reads the value that element is given.
     */
    private Map<String, CypherType> properties(String variable, Optional<Expression> map, List<String> keys,
            List<String> columns) {
        Map<String, CypherType> types = new java.util.LinkedHashMap<>();
        created.put(variable, new java.util.HashMap<>());
        if (map.isEmpty()) {
            return types;
        }
        ExpressionBinder binder = new ExpressionBinder(context, scope, false);
        if (merge && map.get() instanceof org.quiver.parser.ast.Parameter) {
            throw new SyntaxError("InvalidParameterUse",
                    "Parameter maps cannot be used in MERGE patterns (use a literal map instead)", map.get().span());
        }
        if (map.get() instanceof MapLiteral literal) {
            for (MapLiteral.Entry entry : literal.entries()) {
                Expr value = bindValue(binder, entry.value());
                add(entry.key(), value, entry.value().span(), keys, columns, types);
                created.get(variable).put(entry.key(), value);
            }
            return types;
        }
        Expr bound = bindValue(binder, map.get());
        if (bound instanceof Literal l && l.value() instanceof Map<?, ?> entries) {
            for (Map.Entry<?, ?> entry : entries.entrySet()) {
                Literal value = ParameterValues.literal(entry.getValue(), "map", map.get().span());
                add((String) entry.getKey(), value, map.get().span(), keys, columns, types);
                created.get(variable).put((String) entry.getKey(), value);
            }
            return types;
        }
        throw new UnsupportedFeature("A property map in CREATE that is not a map literal or parameter", map.get().span());
    }

    private Expr bindValue(ExpressionBinder binder, Expression expression) {
        Expr value = binder.bind(expression);
        if (value.descendants().anyMatch(e -> e instanceof VariableRef v && created.containsKey(v.name()))) {
            // Typed by the properties the elements are given here, not by the graph read so far.
            context.extendSchema(extension.build());
            value = new ExpressionBinder(context, scope, false).bind(expression);
        }
        return overInput(value, expression.span());
    }

    /** {@code value} with the properties of elements created in these clauses replaced by their values. */
    private Expr overInput(Expr value, Span span) {
        Expr replaced = value.transformUp(e -> e instanceof PropertyOf p && created.containsKey(p.entity().name())
                ? created.get(p.entity().name()).getOrDefault(p.key(), Literal.ofNull())
                : e);
        replaced.descendants().filter(e -> e instanceof VariableRef v && created.containsKey(v.name())).findFirst()
                .ifPresent(e -> {
                    throw new UnsupportedFeature("Using a node or relationship created by the same CREATE in a "
                            + "property value (other than reading its properties)", span);
                });
        return replaced;
    }

    private void add(String key, Expr value, Span span, List<String> keys, List<String> columns,
            Map<String, CypherType> types) {
        if (!storable(value.type())) {
            throw new TypeError("InvalidPropertyType", "Property values can only be of primitive types or lists of "
                    + "them, not " + value.type().displayName(), span);
        }
        if (value.type() == CypherType.NULL && !merge) {
            return;
        }
        String column = context.freshName("PROPERTY");
        values.add(new NamedExpr(column, value));
        keys.add(key);
        columns.add(column);
        if (value.type() != CypherType.NULL) {
            types.put(key, value.type());
        }
    }

    /** Properties hold primitives and lists of one primitive type (mixed lists are rejected when the values are known). */
    /** Whether values of the type can be handed from one part of a statement to the next as plain values. */
    static boolean carriable(CypherType t) {
        if (t instanceof CypherType.MapOf map) {
            return map.fields().values().stream().allMatch(CreateBinder::carriable);
        }
        if (t instanceof CypherType.ListOf list && list.element() instanceof CypherType.MapOf) {
            return carriable(list.element());
        }
        return storable(t);
    }

    static boolean storable(CypherType t) {
        CypherType element = t instanceof CypherType.ListOf list ? list.element() : t;
        return element == CypherType.INTEGER || element == CypherType.FLOAT || element == CypherType.STRING
                || element == CypherType.BOOLEAN || element == CypherType.NULL || element.isTemporal()
                || (t instanceof CypherType.ListOf && element == CypherType.ANY);
    }
}
