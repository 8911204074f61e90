package org.quiver.planner.semantic;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.quiver.parser.ast.Expression;
import org.quiver.parser.ast.LengthRange;
import org.quiver.parser.ast.LabelExpression;
import org.quiver.parser.ast.MapLiteral;
import org.quiver.parser.ast.NodePattern;
import org.quiver.parser.ast.Pattern;
import org.quiver.parser.ast.PatternPart;
import org.quiver.parser.ast.PatternStep;
import org.quiver.parser.ast.RelationshipPattern;
import org.quiver.parser.ast.Span;
import org.quiver.parser.ast.Variable;
import org.quiver.parser.error.UnsupportedFeature;
import org.quiver.parser.error.SyntaxError;
import org.quiver.planner.expr.Binary;
import org.quiver.planner.expr.Expr;
import org.quiver.planner.expr.LambdaVariable;
import org.quiver.planner.expr.ListPredicate;
import org.quiver.planner.expr.Literal;
import org.quiver.planner.expr.NamedExpr;
import org.quiver.planner.expr.PathOf;
import org.quiver.planner.expr.Unary;
import org.quiver.planner.expr.VariableRef;
import org.quiver.planner.logical.CartesianProduct;
import org.quiver.planner.logical.Expand;
import org.quiver.planner.logical.ExpandDirection;
import org.quiver.planner.logical.ExpandInto;
import org.quiver.planner.logical.Filter;
import org.quiver.planner.logical.LogicalOp;
import org.quiver.planner.logical.NodeScan;
import org.quiver.planner.logical.Project;
import org.quiver.planner.logical.VarExpand;
import org.quiver.planner.logical.Start;
import org.quiver.planner.types.CypherType;

/**
 * Plans the pattern of one {@code MATCH}: scans, expands along each chain starting from a node
 * that is already bound when there is one, filters for labels and property maps, and the
 * relationship-uniqueness filters the clause implies.
 */
final class PatternBinder {
    private final BindContext context;
    private LogicalOp plan;
    private Scope scope;
    private final List<Expr> predicates = new ArrayList<>();
    private final List<String> relationshipsOfClause = new ArrayList<>();
    /** The variable-length relationships of the clause, by variable. */
    private final Map<String, LengthRange> lengths = new java.util.HashMap<>();
    /** For each variable-length relationship of a named path, the variable of its inner nodes. */
    private final Map<String, String> innerNodes = new java.util.HashMap<>();
    private final Map<String, PathOf> paths = new java.util.LinkedHashMap<>();
    /**
     * Hidden relationship variables (or relationship-list variables of a variable-length step)
     * standing for what an earlier clause bound, to that variable.
     */
    private final Map<String, String> boundEarlier = new java.util.LinkedHashMap<>();
    /** How the part being bound selects its paths (shortestPath() …). */
    private PatternPart.PathSelector selector = PatternPart.PathSelector.ALL;

    PatternBinder(BindContext context, LogicalOp plan, Scope scope) {
        this.context = context;
        this.plan = plan;
        this.scope = scope;
    }

    LogicalOp plan() {
        return plan;
    }

    Scope scope() {
        return scope;
    }

    void bind(Pattern pattern) {
        for (PatternPart part : pattern.parts()) {
            bindPart(part);
        }
        for (int i = 0; i < relationshipsOfClause.size(); i++) {
            for (int j = i + 1; j < relationshipsOfClause.size(); j++) {
                VariableRef a = new VariableRef(relationshipsOfClause.get(i), CypherType.RELATIONSHIP);
                VariableRef b = new VariableRef(relationshipsOfClause.get(j), CypherType.RELATIONSHIP);
                if (mayShareType(a.name(), b.name())) {
                    predicates.add(distinct(relationshipsOfClause.get(i), relationshipsOfClause.get(j)));
                }
            }
        }
        boundEarlier.forEach((hidden, bound) -> {
            CypherType type = scope.lookup(bound).orElseThrow().type();
            predicates.add(0, new Binary(Binary.Op.EQUALS, new VariableRef(hidden, type), new VariableRef(bound, type),
                    CypherType.BOOLEAN));
        });
        for (Expr predicate : predicates) {
            plan = new Filter(plan, predicate);
        }
        if (!paths.isEmpty()) {
            List<NamedExpr> items = new ArrayList<>();
            plan.variables().forEach((name, type) -> items.add(new NamedExpr(name, new VariableRef(name, type))));
            paths.forEach((name, path) -> items.add(new NamedExpr(name, path)));
            plan = new Project(plan, items);
        }
    }

    /** Relationship uniqueness between two relationships of the clause, either of which may be variable-length. */
    private Expr distinct(String a, String b) {
        CypherType list = CypherType.listOf(CypherType.RELATIONSHIP);
        boolean aList = lengths.containsKey(a);
        boolean bList = lengths.containsKey(b);
        if (!aList && !bList) {
            return new Binary(Binary.Op.NOT_EQUALS, new VariableRef(a, CypherType.RELATIONSHIP),
                    new VariableRef(b, CypherType.RELATIONSHIP), CypherType.BOOLEAN);
        }
        if (aList && bList) {
            String element = context.freshName("element");
            Expr member = new Binary(Binary.Op.IN, new LambdaVariable(element, CypherType.RELATIONSHIP),
                    new VariableRef(b, list), CypherType.BOOLEAN);
            return new ListPredicate(ListPredicate.Kind.NONE, element, new VariableRef(a, list), member);
        }
        String single = aList ? b : a;
        String many = aList ? a : b;
        return new Unary(Unary.Op.NOT, new Binary(Binary.Op.IN, new VariableRef(single, CypherType.RELATIONSHIP),
                new VariableRef(many, list), CypherType.BOOLEAN), CypherType.BOOLEAN);
    }

    private boolean mayShareType(String a, String b) {
        Set<String> ta = scope.lookup(a).orElseThrow().labels();
        Set<String> tb = scope.lookup(b).orElseThrow().labels();
        return ta.isEmpty() || tb.isEmpty() || ta.stream().anyMatch(tb::contains);
    }

    private void bindPart(PatternPart part) {
        selector = part.selector();
        if (selector != PatternPart.PathSelector.ALL) {
            checkShortestPath(part);
        }
        Optional<Variable> pathVariable = part.pathVariable();
        if (pathVariable.isPresent() && scope.contains(pathVariable.get().name())) {
            throw new SyntaxError("VariableAlreadyBound", "Variable `" + pathVariable.get().name()
                    + "` already declared", pathVariable.get().span());
        }
        List<NodePattern> nodes = new ArrayList<>();
        List<RelationshipPattern> relationships = new ArrayList<>();
        nodes.add(part.element().start());
        for (PatternStep step : part.element().steps()) {
            relationships.add(step.relationship());
            nodes.add(step.node());
        }
        List<String> nodeNames = nodes.stream().map(n -> unlessNull(nameOf(n.variable(), "NODE"))).toList();
        List<String> relNames = new ArrayList<>();
        for (RelationshipPattern r : relationships) {
            String name = declareRelationship(r);
            relNames.add(name);
            if (pathVariable.isPresent() && r.length().isPresent()) {
                innerNodes.put(name, context.freshName("INNER_NODES"));
            }
        }

        int anchor = 0;
        for (int i = 0; i < nodes.size(); i++) {
            if (isBoundNode(nodeNames.get(i), nodes.get(i))) {
                anchor = i;
                break;
            }
        }
        if (!isBoundNode(nodeNames.get(anchor), nodes.get(anchor))) {
            scanNode(nodeNames.get(anchor), nodes.get(anchor));
        } else {
            constrainBoundNode(nodeNames.get(anchor), nodes.get(anchor));
        }
        for (int i = anchor; i < relationships.size(); i++) {
            step(nodeNames.get(i), relationships.get(i), relNames.get(i), false, nodeNames.get(i + 1), nodes.get(i + 1));
        }
        for (int i = anchor - 1; i >= 0; i--) {
            step(nodeNames.get(i + 1), relationships.get(i), relNames.get(i), true, nodeNames.get(i), nodes.get(i));
        }
        if (pathVariable.isPresent()) {
            bindPath(pathVariable.get(), nodeNames, relNames);
        }
    }

    /** shortestPath() and allShortestPaths() search breadth-first along one variable-length relationship. */
    private static void checkShortestPath(PatternPart part) {
        String function = part.selector() == PatternPart.PathSelector.SHORTEST ? "shortestPath()" : "allShortestPaths()";
        List<PatternStep> steps = part.element().steps();
        if (steps.size() != 1 || steps.get(0).relationship().length().isEmpty()) {
            throw new UnsupportedFeature(function + " over a pattern other than one variable-length relationship",
                    part.span());
        }
        long min = steps.get(0).relationship().length().get().min().orElse(1);
        if (min > 1) {
            throw new UnsupportedFeature(function + " with a minimal length above 1", part.span());
        }
    }

    private void bindPath(Variable pathVariable, List<String> nodeNames, List<String> relNames) {
        String name = pathVariable.name();
        List<PathOf.Step> steps = new ArrayList<>();
        for (int i = 0; i < relNames.size(); i++) {
            String rel = relNames.get(i);
            boolean variableLength = lengths.containsKey(rel);
            steps.add(new PathOf.Step(
                    new VariableRef(rel, variableLength ? CypherType.listOf(CypherType.RELATIONSHIP) : CypherType.RELATIONSHIP),
                    variableLength ? Optional.of(new VariableRef(innerNodes.get(rel), CypherType.listOf(CypherType.NODE)))
                            : Optional.empty(),
                    new VariableRef(nodeNames.get(i + 1), CypherType.NODE)));
        }
        // The pattern itself may have declared the name (MATCH p = ()-[p*]->()).
        if (scope.contains(name)) {
            throw new SyntaxError("VariableAlreadyBound", "Variable `" + name + "` already declared", pathVariable.span());
        }
        paths.put(name, new PathOf(new VariableRef(nodeNames.get(0), CypherType.NODE), steps));
        scope = scope.with(name, VariableInfo.value(CypherType.PATH));
    }

    /**
     * A variable bound to null used as a node ({@code WITH null AS a MATCH (a)-->()}) matches no
     * node: a fresh node stands in for it and the pattern is false.
     */
    private String unlessNull(String name) {
        if (scope.lookup(name).map(info -> info.type() == CypherType.NULL).orElse(false)) {
            predicates.add(new Literal(false, CypherType.BOOLEAN));
            return context.freshName("NULL_NODE");
        }
        return name;
    }

    private String nameOf(Optional<Variable> variable, String hint) {
        return variable.map(Variable::name).orElseGet(() -> context.freshName("UNNAMED_" + hint));
    }

    private boolean isBoundNode(String name, NodePattern node) {
        Optional<VariableInfo> info = scope.lookup(name);
        if (info.isEmpty()) {
            return false;
        }
        if (info.get().type() != CypherType.NODE) {
            throw new SyntaxError("VariableTypeConflict", "Type mismatch: `" + name + "` defined with conflicting type "
                    + info.get().type().displayName() + " (expected Node)", node.variable().map(Variable::span).orElse(node.span()));
        }
        return true;
    }

    private String declareRelationship(RelationshipPattern r) {
        String name = nameOf(r.variable(), "REL");
        if (r.length().isPresent()) {
            return declareVariableLength(r, name);
        }
        if (scope.contains(name)) {
            Span at = r.variable().map(Variable::span).orElse(r.span());
            VariableInfo info = scope.lookup(name).orElseThrow();
            if (info.type() != CypherType.RELATIONSHIP) {
                throw new SyntaxError("VariableTypeConflict", "Type mismatch: `" + name
                        + "` defined with conflicting type " + info.type().displayName() + " (expected Relationship)", at);
            }
            if (relationshipsOfClause.contains(name)) {
                throw new SyntaxError("RelationshipUniquenessViolation",
                        "Cannot use the same relationship variable `" + name + "` for multiple relationships", at);
            }
            // Bound by an earlier clause: match a relationship of the types written here (or of the
            // earlier ones when none are) and keep the one that is it.
            String fresh = context.freshName("BOUND_REL");
            Set<String> types = r.types().isPresent() ? Set.copyOf(relationshipTypes(r.types())) : info.labels();
            scope = scope.with(fresh, new VariableInfo(CypherType.RELATIONSHIP, types, false));
            relationshipsOfClause.add(fresh);
            boundEarlier.put(fresh, name);
            return fresh;
        }
        List<String> types = relationshipTypes(r.types());
        scope = scope.with(name, new VariableInfo(CypherType.RELATIONSHIP, Set.copyOf(types), r.variable().isPresent()));
        relationshipsOfClause.add(name);
        return name;
    }

    private String declareVariableLength(RelationshipPattern r, String name) {
        Span at = r.variable().map(Variable::span).orElse(r.span());
        if (scope.contains(name)) {
            CypherType bound = scope.lookup(name).orElseThrow().type();
            if (!bound.equals(CypherType.listOf(CypherType.RELATIONSHIP))) {
                throw new SyntaxError("VariableTypeConflict", "Type mismatch: `" + name + "` defined with conflicting type "
                        + bound.displayName() + " (expected List<Relationship>)", at);
            }
            if (relationshipsOfClause.contains(name)) {
                throw new SyntaxError("VariableAlreadyBound",
                        "Cannot use the same relationship variable `" + name + "` for multiple relationships", at);
            }
            // Bound by an earlier clause: expand to any trail and keep the one that is the bound list.
            String fresh = context.freshName("BOUND_RELS");
            boundEarlier.put(fresh, name);
            name = fresh;
        }
        if (r.where().isPresent()) {
            throw new UnsupportedFeature("WHERE inside a variable-length relationship pattern", r.where().get().span());
        }
        List<String> types = relationshipTypes(r.types());
        scope = scope.with(name, new VariableInfo(CypherType.listOf(CypherType.RELATIONSHIP), Set.copyOf(types),
                r.variable().isPresent() && !boundEarlier.containsKey(name)));
        relationshipsOfClause.add(name);
        lengths.put(name, r.length().get());
        return name;
    }

    private static List<String> relationshipTypes(Optional<LabelExpression> types) {
        if (types.isEmpty()) {
            return List.of();
        }
        Set<String> names = new LinkedHashSet<>();
        collectAlternatives(types.get(), names);
        return List.copyOf(names);
    }

    private static void collectAlternatives(LabelExpression e, Set<String> into) {
        if (e instanceof LabelExpression.Name n) {
            into.add(n.name());
        } else if (e instanceof LabelExpression.Or or) {
            collectAlternatives(or.left(), into);
            collectAlternatives(or.right(), into);
        } else {
            throw new UnsupportedFeature("Relationship type expressions other than alternatives (`:A|B`)", e.span());
        }
    }

    /** The labels a node pattern requires when they are a plain conjunction, else empty (and a filter is added). */
    private Optional<Set<String>> conjunction(Optional<LabelExpression> labels) {
        if (labels.isEmpty()) {
            return Optional.of(Set.of());
        }
        Set<String> names = new LinkedHashSet<>();
        return collectConjunction(labels.get(), names) ? Optional.of(names) : Optional.empty();
    }

    private static boolean collectConjunction(LabelExpression e, Set<String> into) {
        if (e instanceof LabelExpression.Name n) {
            into.add(n.name());
            return true;
        }
        if (e instanceof LabelExpression.And and) {
            return collectConjunction(and.left(), into) && collectConjunction(and.right(), into);
        }
        return false;
    }

    private void scanNode(String name, NodePattern node) {
        Set<String> labels = conjunction(node.labels()).orElse(Set.of());
        scope = scope.with(name, new VariableInfo(CypherType.NODE, labels, node.variable().isPresent()));
        NodeScan scan = new NodeScan(name, labels);
        plan = plan instanceof Start || isEmptyOuter(plan) ? scan : new CartesianProduct(plan, scan);
        if (conjunction(node.labels()).isEmpty()) {
            labelFilter(name, node);
        }
        nodeFilters(name, node);
    }

    /** Outer rows that bind nothing (an OPTIONAL MATCH first in a query) add nothing to a product. */
    private static boolean isEmptyOuter(LogicalOp op) {
        return op instanceof org.quiver.planner.logical.OuterRows outer && outer.variables().isEmpty();
    }

    private void constrainBoundNode(String name, NodePattern node) {
        if (node.labels().isPresent()) {
            labelFilter(name, node);
        }
        nodeFilters(name, node);
    }

    private void labelFilter(String name, NodePattern node) {
        ExpressionBinder binder = new ExpressionBinder(context, scope, false);
        predicates.add(binder.labelPredicate(new VariableRef(name, CypherType.NODE), node.labels().get(), false));
    }

    private void step(String from, RelationshipPattern r, String relName, boolean reversed, String to, NodePattern toNode) {
        ExpandDirection direction = switch (r.direction()) {
            case OUTGOING -> reversed ? ExpandDirection.INCOMING : ExpandDirection.OUTGOING;
            case INCOMING -> reversed ? ExpandDirection.OUTGOING : ExpandDirection.INCOMING;
            case BOTH -> ExpandDirection.BOTH;
        };
        List<String> types = List.copyOf(scope.lookup(relName).orElseThrow().labels());
        if (lengths.containsKey(relName)) {
            variableLengthStep(from, r, relName, types, direction, reversed, to, toNode);
            return;
        }
        if (isBoundNode(to, toNode)) {
            plan = new ExpandInto(plan, from, relName, types, direction, to);
            constrainBoundNode(to, toNode);
        } else {
            Optional<Set<String>> labels = conjunction(toNode.labels());
            scope = scope.with(to, new VariableInfo(CypherType.NODE, labels.orElse(Set.of()), toNode.variable().isPresent()));
            plan = new Expand(plan, from, relName, types, direction, to, labels.orElse(Set.of()));
            if (labels.isEmpty()) {
                labelFilter(to, toNode);
            }
            nodeFilters(to, toNode);
        }
        propertyFilters(relName, CypherType.RELATIONSHIP, r.properties());
        r.where().ifPresent(w -> predicates.add(predicate(w)));
    }

    private void variableLengthStep(String from, RelationshipPattern r, String relName, List<String> types,
            ExpandDirection direction, boolean reversed, String to, NodePattern toNode) {
        LengthRange range = lengths.get(relName);
        int min = (int) Math.min(range.min().orElse(1), Integer.MAX_VALUE);
        java.util.OptionalInt max = range.max().isPresent()
                ? java.util.OptionalInt.of((int) Math.min(range.max().getAsLong(), Integer.MAX_VALUE))
                : java.util.OptionalInt.empty();
        if (max.isPresent() && max.getAsInt() < min) {
            // An empty range matches nothing, as in Neo4j.
            predicates.add(new Literal(false, CypherType.BOOLEAN));
            max = java.util.OptionalInt.of(min);
        }
        String step = context.freshName("STEP");
        Scope stepScope = scope.with(step, new VariableInfo(CypherType.RELATIONSHIP, Set.copyOf(types), false));
        List<Expr> stepPredicates = new ArrayList<>();
        for (Expr p : propertyPredicates(step, CypherType.RELATIONSHIP, r.properties(), stepScope)) {
            if (!p.descendants().allMatch(x -> !(x instanceof VariableRef v) || v.name().equals(step))) {
                throw new UnsupportedFeature("A property map of a variable-length relationship that refers to variables",
                        r.properties().get().span());
            }
            stepPredicates.add(p);
        }
        Optional<String> inner = Optional.ofNullable(innerNodes.get(relName));
        boolean into = isBoundNode(to, toNode);
        Set<String> toLabels = Set.of();
        if (!into) {
            Optional<Set<String>> labels = conjunction(toNode.labels());
            toLabels = labels.orElse(Set.of());
            scope = scope.with(to, new VariableInfo(CypherType.NODE, toLabels, toNode.variable().isPresent()));
        }
        plan = new VarExpand(plan, from, relName, types, direction, min, max, to, toLabels, into, reversed, step,
                stepPredicates, inner, selector, false);
        if (into) {
            constrainBoundNode(to, toNode);
        } else {
            if (conjunction(toNode.labels()).isEmpty()) {
                labelFilter(to, toNode);
            }
            nodeFilters(to, toNode);
        }
    }

    private void nodeFilters(String name, NodePattern node) {
        propertyFilters(name, CypherType.NODE, node.properties());
        node.where().ifPresent(w -> predicates.add(predicate(w)));
    }

    private Expr predicate(Expression where) {
        Expr bound = new ExpressionBinder(context, scope, false).bind(where);
        if (bound.type() != CypherType.BOOLEAN && bound.type() != CypherType.NULL) {
            throw new SyntaxError("InvalidArgumentType", "Type mismatch: expected Boolean but was "
                    + bound.type().displayName(), where.span());
        }
        return bound;
    }

    /** {@code (n {k: v})} means {@code n.k = v} for each entry. */
    private void propertyFilters(String name, CypherType type, Optional<Expression> properties) {
        predicates.addAll(propertyPredicates(name, type, properties, scope));
    }

    private List<Expr> propertyPredicates(String name, CypherType type, Optional<Expression> properties, Scope scope) {
        List<Expr> predicates = new ArrayList<>();
        if (properties.isEmpty()) {
            return predicates;
        }
        ExpressionBinder binder = new ExpressionBinder(context, scope, false);
        Expression map = properties.get();
        if (map instanceof org.quiver.parser.ast.Parameter) {
            throw new SyntaxError("InvalidParameterUse", "Parameter maps cannot be used in MATCH patterns "
                    + "(use a literal map with parameters as values, as in {name: $name})", map.span());
        }
        if (map instanceof MapLiteral literal) {
            for (MapLiteral.Entry entry : literal.entries()) {
                Expr target = binder.bind(new org.quiver.parser.ast.PropertyAccess(
                        new Variable(name, entry.span()), entry.key(), entry.span()));
                Expr value = binder.bind(entry.value());
                predicates.add(equality(target, value, entry.span()));
            }
            return predicates;
        }
        Expr bound = binder.bind(map);
        if (bound instanceof Literal lit && lit.value() instanceof Map<?, ?> values) {
            for (Map.Entry<?, ?> entry : values.entrySet()) {
                Expr target = binder.bind(new org.quiver.parser.ast.PropertyAccess(
                        new Variable(name, map.span()), (String) entry.getKey(), map.span()));
                Literal value = ParameterValues.literal(entry.getValue(), "map", map.span());
                predicates.add(equality(target, value, map.span()));
            }
            return predicates;
        }
        throw new SyntaxError("InvalidArgumentType", "A property map in a pattern must be a map, not "
                + bound.type().displayName(), map.span());
    }

    private Expr equality(Expr target, Expr value, Span span) {
        return new OperatorBinder().binary(org.quiver.parser.ast.BinaryOperator.EQUALS, target, value, span);
    }

}
