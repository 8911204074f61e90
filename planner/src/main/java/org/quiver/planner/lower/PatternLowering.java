package org.quiver.planner.lower;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.quiver.planner.expr.Expr;
import org.quiver.planner.logical.Expand;
import org.quiver.planner.logical.ExpandDirection;
import org.quiver.planner.logical.ExpandInto;
import org.quiver.planner.logical.NodeHashJoin;
import org.quiver.planner.logical.NodeScan;
import org.quiver.planner.logical.VarExpand;
import org.quiver.planner.relational.Join;
import org.quiver.planner.relational.JoinKey;
import org.quiver.planner.relational.Orientation;
import org.quiver.planner.relational.PropertyColumn;
import org.quiver.planner.relational.RelOp;
import org.quiver.planner.relational.RepeatExpand;
import org.quiver.planner.relational.ScanNodes;
import org.quiver.planner.relational.ScanRelationships;
import org.quiver.planner.relational.Select;
import org.quiver.planner.schema.GraphSchema;
import org.quiver.planner.types.CypherType;

/**
 * Lowers the pattern operators: node scans, expands (one join per hop, the far node joined to its
 * table only when more than its id is read or its labels are not implied), variable-length
 * expansions and joins on shared nodes.
 */
final class PatternLowering {
    private final Lowering lowering;
    private final GraphSchema schema;
    private final VariableNeeds needs;
    private final ImpliedLabels impliedLabels;
    private final SmallInputs smallInputs;

    PatternLowering(Lowering lowering, GraphSchema schema, VariableNeeds needs, ImpliedLabels impliedLabels,
            SmallInputs smallInputs) {
        this.smallInputs = smallInputs;
        this.lowering = lowering;
        this.schema = schema;
        this.needs = needs;
        this.impliedLabels = impliedLabels;
    }

    /** The binding of node variable {@code name}, which a pattern reads as a bound node. */
    static Binding.Node node(Lowered input, String name) {
        Binding binding = input.bindings().get(name);
        if (binding instanceof Binding.Node n) {
            return n;
        }
        throw ExpressionLowering.notTakenApart(binding);
    }

    Lowered nodeScan(NodeScan scan) {
        ScanNodes nodes = scanNodes(scan.variable(), scan.labels());
        Binding.Node binding = new Binding.Node(nodes.idColumn(), Optional.of(nodes.labelsColumn()),
                propertyMap(nodes.properties()));
        return new Lowered(nodes, Map.of(scan.variable(), binding));
    }

    /** Every node, with {@code keys} read besides what the query needs of {@code variable}. */
    ScanNodes scanAllNodes(String variable, Set<String> keys) {
        return scanNodes(variable, Set.of(), keys);
    }

    /** Every relationship, in its stored direction, with {@code keys} read. */
    ScanRelationships scanAllRelationships(String variable, Set<String> keys) {
        return scanRelationships(variable, List.of(), ExpandDirection.OUTGOING, keys);
    }

    ScanNodes scanNodes(String variable, Set<String> labels) {
        return scanNodes(variable, labels, Set.of());
    }

    private ScanNodes scanNodes(String variable, Set<String> labels, Set<String> extraKeys) {
        String prefix = lowering.prefix(variable);
        List<Set<String>> combinations = schema.combinationsWith(labels);
        Set<String> keys = new TreeSet<>(needs.keys(variable));
        keys.addAll(extraKeys);
        if (needs.whole(variable)) {
            combinations.forEach(c -> keys.addAll(schema.nodeProperties(c).keySet()));
        }
        List<PropertyColumn> properties = new ArrayList<>();
        for (String key : keys) {
            CypherType type = schema.nodePropertyType(combinations, key).orElse(CypherType.NULL);
            properties.add(new PropertyColumn(key, prefix + "." + key, type));
        }
        return new ScanNodes(combinations, prefix + "#id", prefix + "#labels", properties);
    }

    ScanRelationships scanRelationships(String variable, List<String> types, ExpandDirection direction) {
        return scanRelationships(variable, types, direction, Set.of());
    }

    private ScanRelationships scanRelationships(String variable, List<String> types, ExpandDirection direction,
            Set<String> extraKeys) {
        String prefix = lowering.prefix(variable);
        List<String> tables = types.isEmpty() ? List.copyOf(schema.relationshipTypes().keySet())
                : types.stream().filter(schema.relationshipTypes()::containsKey).toList();
        Set<String> keys = new TreeSet<>(needs.keys(variable));
        keys.addAll(extraKeys);
        if (needs.whole(variable)) {
            tables.forEach(t -> keys.addAll(schema.relationshipProperties(t).keySet()));
        }
        List<PropertyColumn> properties = new ArrayList<>();
        for (String key : keys) {
            CypherType type = schema.relationshipPropertyType(tables, key).orElse(CypherType.NULL);
            properties.add(new PropertyColumn(key, prefix + "." + key, type));
        }
        Orientation orientation = switch (direction) {
            case OUTGOING -> Orientation.FORWARD;
            case INCOMING -> Orientation.BACKWARD;
            case BOTH -> Orientation.EITHER;
        };
        return new ScanRelationships(tables, orientation, prefix + "#id", prefix + "#type", prefix + "#source",
                prefix + "#target", prefix + "#near", prefix + "#far", properties);
    }

    static Map<String, PropertyColumn> propertyMap(List<PropertyColumn> properties) {
        Map<String, PropertyColumn> map = new LinkedHashMap<>();
        properties.forEach(p -> map.put(p.key(), p));
        return map;
    }

    Lowered expand(Expand expand) {
        ScanRelationships relationships = scanRelationships(expand.relationship(), expand.types(), expand.direction());
        RelOp joined;
        Map<String, Binding> bindings = new LinkedHashMap<>();
        if (expand.input() instanceof NodeScan scan && scan.variable().equals(expand.from())
                && !needs.anythingBeyondId(scan.variable())
                && impliedLabels.atNear(scan.labels(), expand.types(), expand.direction())) {
            // The relationships' near ends are exactly the scanned nodes: no node table is read.
            joined = relationships;
            bindings.put(scan.variable(), new Binding.Node(relationships.nearColumn(), Optional.empty(), Map.of()));
        } else {
            Lowered input = lowering.lower(expand.input());
            Binding.Node from = node(input, expand.from());
            joined = new Join(input.relation(), relationships, List.of(new JoinKey(from.id(), relationships.nearColumn())),
                    smallInputs.smallBesideRelationships(expand.input(), expand.types()));
            bindings.putAll(input.bindings());
        }
        return reachFar(expand, relationships, joined, bindings);
    }

    /**
     * The expansion's relationships without its input, {@code from} bound to their near ends' ids:
     * for a caller that joins the start nodes itself (see {@code Lowering.optionalJoinOnNearEnds}),
     * which must not read more of {@code from} than its id inside the expansion's plan.
     */
    Lowered expandFromNearEnds(Expand expand) {
        ScanRelationships relationships = scanRelationships(expand.relationship(), expand.types(), expand.direction());
        Map<String, Binding> bindings = new LinkedHashMap<>();
        bindings.put(expand.from(), new Binding.Node(relationships.nearColumn(), Optional.empty(), Map.of()));
        return reachFar(expand, relationships, relationships, bindings);
    }

    private Lowered reachFar(Expand expand, ScanRelationships relationships, RelOp joined, Map<String, Binding> bindings) {
        bindings.put(expand.relationship(), relationshipBinding(relationships));
        if (!needs.anythingBeyondId(expand.to())
                && impliedLabels.atFar(expand.toLabels(), expand.types(), expand.direction())) {
            // Every relationship end is a node of the graph: the far id is all the query needs.
            bindings.put(expand.to(), new Binding.Node(relationships.farColumn(), Optional.empty(), Map.of()));
            return new Lowered(joined, bindings);
        }
        ScanNodes nodes = scanNodes(expand.to(), expand.toLabels());
        joined = new Join(joined, nodes, List.of(new JoinKey(relationships.farColumn(), nodes.idColumn())),
                smallInputs.smallBesideNodes(expand, expand.toLabels()));
        bindings.put(expand.to(), new Binding.Node(nodes.idColumn(), Optional.of(nodes.labelsColumn()),
                propertyMap(nodes.properties())));
        return new Lowered(joined, bindings);
    }

    /** Joins on the shared nodes' ids; a shared node keeps the binding that read more than its id. */
    Lowered nodeJoin(NodeHashJoin join) {
        Lowered left = lowering.lower(join.left());
        Lowered right = lowering.lower(join.right());
        Map<String, Binding> bindings = new LinkedHashMap<>(left.bindings());
        List<JoinKey> keys = new ArrayList<>();
        for (String node : join.nodes()) {
            Binding.Node l = (Binding.Node) left.bindings().get(node);
            Binding.Node r = (Binding.Node) right.bindings().get(node);
            keys.add(new JoinKey(l.id(), r.id()));
            if (l.labels().isEmpty() && r.labels().isPresent()) {
                bindings.put(node, r);
            }
        }
        right.bindings().forEach(bindings::putIfAbsent);
        return new Lowered(new Join(left.relation(), right.relation(), keys), bindings);
    }

    Lowered expandInto(ExpandInto into) {
        Lowered input = lowering.lower(into.input());
        Binding.Node from = node(input, into.from());
        Binding.Node to = node(input, into.to());
        ScanRelationships relationships = scanRelationships(into.relationship(), into.types(), into.direction());
        RelOp joined = new Join(input.relation(), relationships, List.of(
                new JoinKey(from.id(), relationships.nearColumn()), new JoinKey(to.id(), relationships.farColumn())));
        Map<String, Binding> bindings = new LinkedHashMap<>(input.bindings());
        bindings.put(into.relationship(), relationshipBinding(relationships));
        return new Lowered(joined, bindings);
    }

    static Binding.Relationship relationshipBinding(ScanRelationships r) {
        return new Binding.Relationship(r.idColumn(), r.typeColumn(), r.sourceColumn(), r.targetColumn(),
                propertyMap(r.properties()));
    }

    /**
     * From {@code from}, trails of relationships joined step by step (see {@link RepeatExpand}); the
     * far node is joined to its table when more than its id is read.
     */
    Lowered varExpand(VarExpand expand) {
        Lowered input = lowering.lower(expand.input());
        Binding.Node from = node(input, expand.from());
        boolean values = needs.whole(expand.relationships());
        // Inner nodes only passed along by projections, never read, are not looked up.
        boolean nodes = expand.innerNodes().isPresent() && needs.whole(expand.innerNodes().get());
        EntityStructs structs = values || nodes ? lowering.entityStructs() : null;
        ScanRelationships scan = scanRelationships(expand.stepVariable(), expand.types(), expand.direction(),
                values ? structs.relationshipKeys() : Set.of());
        Binding.Relationship step = relationshipBinding(scan);
        Map<String, Binding> stepBindings = Map.of(expand.stepVariable(), step);
        RelOp steps = scan;
        for (Expr predicate : expand.stepPredicates()) {
            steps = new Select(steps, lowering.expressions().expr(predicate, stepBindings));
        }
        Optional<Expr> stepNode = Optional.empty();
        if (nodes) {
            ScanNodes far = scanNodes(expand.stepVariable(), Set.of(), structs.nodeKeys());
            steps = new Join(steps, far, List.of(new JoinKey(scan.farColumn(), far.idColumn())));
            stepNode = Optional.of(structs.node(new Binding.Node(far.idColumn(),
                    Optional.of(far.labelsColumn()), propertyMap(far.properties()))));
        }
        Optional<Expr> stepRelationship = values ? Optional.of(structs.relationship(step)) : Optional.empty();
        String prefix = lowering.prefix(expand.relationships());
        Optional<String> endBound = expand.into()
                ? Optional.of(node(input, expand.to()).id()) : Optional.empty();
        String end = prefix + "#end";
        Optional<String> valuesColumn = values ? Optional.of(prefix + "#values") : Optional.empty();
        Optional<String> nodesColumn = nodes ? Optional.of(prefix + "#nodes") : Optional.empty();
        RelOp joined = new RepeatExpand(input.relation(), from.id(), steps, scan.nearColumn(), scan.farColumn(),
                scan.idColumn(), stepRelationship, stepNode, expand.minHops(), expand.maxHops(), endBound,
                expand.reversed(), end, prefix + "#ids", valuesColumn, nodesColumn, expand.selector(),
                expand.distinctEnds());
        Map<String, Binding> bindings = new LinkedHashMap<>(input.bindings());
        bindings.put(expand.relationships(), new Binding.RelationshipList(prefix + "#ids", valuesColumn));
        // Unread inner nodes stand on the ids column: projections copy it, nothing reads it.
        expand.innerNodes().ifPresent(n -> bindings.put(n, new Binding.Value(nodesColumn.orElse(prefix + "#ids"))));
        if (expand.into()) {
            return new Lowered(joined, bindings);
        }
        if (!needs.anythingBeyondId(expand.to()) && (expand.toLabels().isEmpty() || expand.minHops() >= 1
                && impliedLabels.atFar(expand.toLabels(), expand.types(), expand.direction()))) {
            bindings.put(expand.to(), new Binding.Node(end, Optional.empty(), Map.of()));
            return new Lowered(joined, bindings);
        }
        ScanNodes toNodes = scanNodes(expand.to(), expand.toLabels());
        joined = new Join(joined, toNodes, List.of(new JoinKey(end, toNodes.idColumn())));
        bindings.put(expand.to(), new Binding.Node(toNodes.idColumn(), Optional.of(toNodes.labelsColumn()),
                propertyMap(toNodes.properties())));
        return new Lowered(joined, bindings);
    }
}
