package org.quiver.planner.lower;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.quiver.planner.expr.ColumnRef;
import org.quiver.planner.expr.Expr;
import org.quiver.planner.expr.NamedExpr;
import org.quiver.planner.expr.PathOf;
import org.quiver.planner.expr.SortKey;
import org.quiver.planner.expr.VariableRef;
import org.quiver.planner.logical.Aggregate;
import org.quiver.planner.logical.Argument;
import org.quiver.planner.logical.OptionalMatch;
import org.quiver.planner.logical.OuterRows;
import org.quiver.planner.logical.Unwind;
import org.quiver.planner.logical.CartesianProduct;
import org.quiver.planner.logical.Distinct;
import org.quiver.planner.logical.Expand;
import org.quiver.planner.logical.ExpandDirection;
import org.quiver.planner.logical.ExpandInto;
import org.quiver.planner.logical.Filter;
import org.quiver.planner.logical.Limit;
import org.quiver.planner.logical.LogicalOp;
import org.quiver.planner.logical.NodeScan;
import org.quiver.planner.logical.Project;
import org.quiver.planner.logical.Skip;
import org.quiver.planner.logical.Sort;
import org.quiver.planner.logical.Start;
import org.quiver.planner.relational.AntiJoin;
import org.quiver.planner.stats.GraphStatistics;
import org.quiver.planner.relational.ArgumentRows;
import org.quiver.planner.relational.UnionAll;
import org.quiver.planner.relational.Compute;
import org.quiver.planner.relational.RelColumn;
import org.quiver.planner.relational.Unnest;
import org.quiver.planner.relational.Dedup;
import org.quiver.planner.relational.Fetch;
import org.quiver.planner.relational.GroupBy;
import org.quiver.planner.relational.Join;
import org.quiver.planner.relational.JoinKey;
import org.quiver.planner.relational.LeftOuterJoin;
import org.quiver.planner.relational.Offset;
import org.quiver.planner.relational.OrderBy;
import org.quiver.planner.relational.RelOp;
import org.quiver.planner.relational.ScanNodes;
import org.quiver.planner.relational.ScanRelationships;
import org.quiver.planner.relational.Select;
import org.quiver.planner.relational.UnitRelation;
import org.quiver.planner.schema.GraphSchema;
import org.quiver.planner.types.CypherType;

/**
 * Lowers a logical plan to a relational one: variables become columns (a node is an id, a labels
 * column and the property columns the query reads), expands become joins (one per hop when the
 * far node needs nothing but its id), expressions refer to columns only.
 */
public final class Lowering {
    private final GraphSchema schema;
    private final VariableNeeds needs;
    private final java.util.Deque<Lowered> outerRows = new java.util.ArrayDeque<>();
    private int nextColumn;
    private final ExpressionLowering expressions;
    private final EntityStructs structs;
    private final PatternLowering patterns;
    private final SmallInputs smallInputs;
    /** Expansions lowered without their input (see {@link #optionalJoinOnNearEnds}). */
    private final Set<Expand> fromNearEnds = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    PatternLowering patterns() {
        return patterns;
    }

    ExpressionLowering expressions() {
        return expressions;
    }

    private Lowering(GraphSchema schema, VariableNeeds needs, ImpliedLabels impliedLabels, SmallInputs smallInputs) {
        this.schema = schema;
        this.needs = needs;
        this.structs = new EntityStructs(schema);
        this.expressions = new ExpressionLowering(structs);
        this.patterns = new PatternLowering(this, schema, needs, impliedLabels, smallInputs);
        this.smallInputs = smallInputs;
    }

    /** The relational plan whose columns are {@code resultColumns}, named so, entities as values. */
    public static RelOp lower(LogicalOp plan, List<String> resultColumns, GraphSchema schema) {
        return lower(plan, resultColumns, schema, ImpliedLabels.NONE, SmallInputs.NONE);
    }

    /**
     * As {@link #lower(LogicalOp, List, GraphSchema)}, leaving out label joins that {@code statistics}
     * (asked for only when a label join could go) show every relationship end satisfies, and
     * broadcasting join inputs that {@code gathered} (statistics already at hand, else unknown) show small.
     */
    public static RelOp lower(LogicalOp plan, List<String> resultColumns, GraphSchema schema,
            Supplier<GraphStatistics> statistics, Supplier<GraphStatistics> gathered) {
        return lower(plan, resultColumns, schema, new ImpliedLabels(statistics), new SmallInputs(gathered));
    }

    private static RelOp lower(LogicalOp plan, List<String> resultColumns, GraphSchema schema,
            ImpliedLabels impliedLabels, SmallInputs smallInputs) {
        if (plan instanceof org.quiver.planner.logical.Union union) {
            // Each part is lowered on its own to the result's columns, entities as values.
            RelOp all = null;
            for (LogicalOp part : union.parts()) {
                RelOp lowered = lower(part, resultColumns, schema, impliedLabels, smallInputs);
                all = all == null ? lowered : new UnionAll(all, lowered);
            }
            return union.distinct() ? new Dedup(all) : all;
        }
        Lowering lowering = new Lowering(schema, VariableNeeds.of(plan, resultColumns), impliedLabels, smallInputs);
        Lowered root = lowering.lower(plan);
        List<NamedExpr> outputs = new ArrayList<>();
        Map<String, CypherType> types = plan.variables();
        for (String column : resultColumns) {
            Expr value = lowering.expressions.expr(new VariableRef(column, types.get(column)), root.bindings());
            outputs.add(new NamedExpr(column, value));
        }
        return new Compute(root.relation(), outputs);
    }

    Lowered lower(LogicalOp op) {
        if (op instanceof Start) {
            return new Lowered(new UnitRelation(), Map.of());
        } else if (op instanceof Argument argument) {
            return argument(argument);
        } else if (op instanceof OuterRows) {
            return outerRows.peek();
        } else if (op instanceof OptionalMatch optional) {
            return optionalMatch(optional);
        } else if (op instanceof org.quiver.planner.logical.PatternExists exists) {
            return patternExists(exists);
        } else if (op instanceof org.quiver.planner.logical.PatternCollect collect) {
            return patternCollect(collect);
        } else if (op instanceof org.quiver.planner.logical.SubqueryCall call) {
            return subqueryCall(call);
        } else if (op instanceof org.quiver.planner.logical.PadMissingKeys pad) {
            return SubqueryResults.padMissingKeys(pad, lower(pad.input()), outerRows.peek(),
                    prefix(pad.marker().trim()));
        } else if (op instanceof org.quiver.planner.logical.LimitPerKey limit) {
            Lowered input = lower(limit.input());
            List<String> groups = limit.keys().stream().map(k -> input.bindings().get(k).identity()).toList();
            List<SortKey> order = limit.order().stream()
                    .map(k -> new SortKey(expressions.expr(k.expr(), input.bindings()), k.descending())).toList();
            return new Lowered(new org.quiver.planner.relational.FetchPerGroup(input.relation(), groups, order,
                    limit.skip(), limit.limit()), input.bindings());
        } else if (op instanceof Unwind unwind && unwind.elementType().isEntity()) {
            Lowered input = lower(unwind.input());
            UnwoundEntities.Unwound unwound = UnwoundEntities.unwind(input.relation(),
                    expressions.expr(unwind.list(), input.bindings()), prefix(unwind.variable()),
                    unwind.elementType(), entityStructs());
            Map<String, Binding> bindings = new LinkedHashMap<>(input.bindings());
            bindings.put(unwind.variable(), unwound.binding());
            return new Lowered(unwound.relation(), bindings);
        } else if (op instanceof Unwind unwind) {
            Lowered input = lower(unwind.input());
            String column = prefix(unwind.variable());
            Map<String, Binding> bindings = new LinkedHashMap<>(input.bindings());
            bindings.put(unwind.variable(), new Binding.Value(column));
            return new Lowered(new Unnest(input.relation(), expressions.expr(unwind.list(), input.bindings()), column,
                    unwind.elementType()), bindings);
        } else if (op instanceof NodeScan scan) {
            return patterns.nodeScan(scan);
        } else if (op instanceof Expand expand && fromNearEnds.contains(expand)) {
            return patterns.expandFromNearEnds(expand);
        } else if (op instanceof Expand expand) {
            return patterns.expand(expand);
        } else if (op instanceof ExpandInto into) {
            return patterns.expandInto(into);
        } else if (op instanceof org.quiver.planner.logical.VarExpand varExpand) {
            return patterns.varExpand(varExpand);
        } else if (op instanceof CartesianProduct product) {
            Lowered left = lower(product.left());
            Lowered right = lower(product.right());
            Map<String, Binding> bindings = new LinkedHashMap<>(left.bindings());
            bindings.putAll(right.bindings());
            return new Lowered(new Join(left.relation(), right.relation(), List.of()), bindings);
        } else if (op instanceof org.quiver.planner.logical.NodeHashJoin join) {
            return patterns.nodeJoin(join);
        } else if (op instanceof Filter filter) {
            Lowered input = lower(filter.input());
            Lowered withEnds = RelationshipEnds.joined(this, input, List.of(filter.predicate()));
            RelOp selected = new Select(withEnds.relation(), expressions.expr(filter.predicate(), withEnds.bindings()));
            return new Lowered(RelationshipEnds.withoutEnds(input, withEnds, selected), input.bindings());
        } else if (op instanceof Project project) {
            return project(project);
        } else if (op instanceof Aggregate aggregate) {
            return aggregate(aggregate);
        } else if (op instanceof Distinct distinct) {
            Lowered input = lower(distinct.input());
            return new Lowered(new Dedup(input.relation()), input.bindings());
        } else if (op instanceof Sort sort) {
            Lowered input = lower(sort.input());
            Lowered withEnds = RelationshipEnds.joined(this, input, sort.keys().stream().map(SortKey::expr).toList());
            List<SortKey> keys = sort.keys().stream()
                    .map(k -> new SortKey(expressions.expr(k.expr(), withEnds.bindings()), k.descending())).toList();
            return new Lowered(RelationshipEnds.withoutEnds(input, withEnds, new OrderBy(withEnds.relation(), keys)),
                    input.bindings());
        } else if (op instanceof Skip skip) {
            Lowered input = lower(skip.input());
            return new Lowered(new Offset(input.relation(), skip.count()), input.bindings());
        } else if (op instanceof Limit limit) {
            Lowered input = lower(limit.input());
            return new Lowered(new Fetch(input.relation(), limit.count()), input.bindings());
        }
        throw new IllegalStateException("no lowering for " + op.getClass().getSimpleName());
    }

    /** Each input row flagged with whether the pattern extends it; matched rows are compared on every input column. */
    private Lowered patternExists(org.quiver.planner.logical.PatternExists exists) {
        Lowered input = lower(exists.input());
        outerRows.push(input);
        Lowered inner;
        try {
            inner = lower(exists.inner());
        } finally {
            outerRows.pop();
        }
        List<RelColumn> inputColumns = boundColumns(input);
        String flag = prefix(exists.flag().trim());
        RelOp flagged = new org.quiver.planner.relational.FlagMatches(input.relation(),
                new Dedup(matchedInputRows(inputColumns, inner.relation())), matchKeys(inputColumns), flag);
        Map<String, Binding> bindings = new LinkedHashMap<>(input.bindings());
        bindings.put(exists.flag(), new Binding.Value(flag));
        return new Lowered(flagged, bindings);
    }

    /**
     * Each input row with the list of the comprehension's values: the inner plan runs once per
     * distinct input row (equal rows have equal matches), values are collected per row and joined back.
     */
    private Lowered patternCollect(org.quiver.planner.logical.PatternCollect collect) {
        Lowered input = lower(collect.input());
        outerRows.push(new Lowered(new Dedup(input.relation()), input.bindings()));
        Lowered inner;
        try {
            inner = lower(collect.inner());
        } finally {
            outerRows.pop();
        }
        List<RelColumn> inputColumns = boundColumns(input);
        String value = prefix("value");
        List<NamedExpr> columns = matchedColumns(inputColumns);
        List<NamedExpr> keys = columns.stream()
                .map(c -> new NamedExpr(c.name(), new ColumnRef(c.name(), c.expr().type()))).toList();
        Expr projected = expressions.expr(collect.projection(), inner.bindings());
        columns.add(new NamedExpr(value, projected));
        CypherType listType = CypherType.listOf(collect.projection().type());
        String list = prefix(collect.list().trim());
        RelOp grouped = new GroupBy(new Compute(inner.relation(), columns), keys, List.of(new NamedExpr(list,
                new org.quiver.planner.expr.AggregateCall(
                        org.quiver.planner.expr.AggregateCall.Function.COLLECT_WITH_NULLS, false,
                        Optional.of(new ColumnRef(value, projected.type())), listType))));
        RelOp joined = new org.quiver.planner.relational.CollectMatches(input.relation(), grouped,
                matchKeys(inputColumns), list, listType);
        Map<String, Binding> bindings = new LinkedHashMap<>(input.bindings());
        bindings.put(collect.list(), new Binding.Value(list));
        return new Lowered(joined, bindings);
    }

    /**
     * {@code CALL { … }}: the subquery runs once over the distinct combinations of the imported
     * values (its argument rows, which its inner plan starts from), and its rows are joined back
     * to the input rows on those values. The subquery's columns are renamed apart from the input's.
     */
    private Lowered subqueryCall(org.quiver.planner.logical.SubqueryCall call) {
        Lowered input = lower(call.input());
        outerRows.push(argumentRows(input, call.imports(), new LinkedHashMap<>()));
        List<Lowered> parts = new ArrayList<>();
        try {
            if (call.inner() instanceof org.quiver.planner.logical.Union union) {
                union.parts().forEach(part -> parts.add(lower(part)));
            } else {
                parts.add(lower(call.inner()));
            }
        } finally {
            outerRows.pop();
        }
        String suffix = "~call" + nextColumn++;
        Lowered returned = parts.size() == 1 ? SubqueryResults.renamedApart(call, parts.get(0), suffix)
                : SubqueryResults.unionOfParts(this, call, (org.quiver.planner.logical.Union) call.inner(), parts, suffix);
        List<JoinKey> keys = new ArrayList<>();
        call.imports().forEach((outer, key) -> keys.add(new JoinKey(input.bindings().get(outer).identity(),
                returned.bindings().get(key).identity())));
        Map<String, Binding> bindings = new LinkedHashMap<>(input.bindings());
        call.returned().forEach(name -> bindings.put(name, returned.bindings().get(name)));
        return new Lowered(new org.quiver.planner.relational.NullSafeJoin(input.relation(), returned.relation(), keys,
                // Without keys the subquery is one global aggregation: it has a row for every outer row.
                call.keepUnmatched() && !keys.isEmpty()), bindings);
    }

    /**
     * The columns of a relation that hold its variables: they tell its rows apart. Others are
     * left over from joins (the near end of an expanded relationship, say) and depend on them;
     * an inner plan need not keep them.
     */
    private static List<RelColumn> boundColumns(Lowered input) {
        Set<String> bound = new java.util.HashSet<>();
        input.bindings().values().forEach(b -> bound.addAll(b.columns()));
        return input.relation().columns().stream().filter(c -> bound.contains(c.name())).toList();
    }

    /** The input columns of the rows an inner plan matched, renamed apart from the input's own. */
    private static RelOp matchedInputRows(List<RelColumn> inputColumns, RelOp inner) {
        return new Compute(inner, matchedColumns(inputColumns));
    }

    private static List<NamedExpr> matchedColumns(List<RelColumn> inputColumns) {
        List<NamedExpr> columns = new ArrayList<>();
        for (RelColumn c : inputColumns) {
            columns.add(new NamedExpr(c.name() + "~matched", new ColumnRef(c.name(), c.type())));
        }
        return columns;
    }

    /** Each input column paired with its renamed copy in {@link #matchedInputRows}. */
    private static List<JoinKey> matchKeys(List<RelColumn> inputColumns) {
        List<JoinKey> keys = new ArrayList<>();
        inputColumns.forEach(c -> keys.add(new JoinKey(c.name(), c.name() + "~matched")));
        return keys;
    }

    /**
     * The matched rows, plus the input rows without a match padded with nulls. The input's relation
     * is shared: the inner plan starts from it, and the unmatched rows are the input rows that no
     * matched row carries (compared on every input column).
     */
    private Lowered optionalMatch(OptionalMatch optional) {
        Lowered input = lower(optional.input());
        Optional<List<String>> arguments = OptionalMatchArguments.of(optional.inner(), input.bindings());
        if (arguments.isPresent()) {
            return optionalJoin(input, optional, arguments.get());
        }
        outerRows.push(input);
        Lowered inner;
        try {
            inner = lower(optional.inner());
        } finally {
            outerRows.pop();
        }
        List<RelColumn> inputColumns = boundColumns(input);
        List<JoinKey> keys = matchKeys(inputColumns);
        RelOp unmatched = new AntiJoin(input.relation(), matchedInputRows(inputColumns, inner.relation()), keys);
        Set<String> fromInput = new java.util.HashSet<>();
        input.relation().columns().forEach(c -> fromInput.add(c.name()));
        List<NamedExpr> all = new ArrayList<>();
        List<NamedExpr> padded = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        for (RelColumn c : inner.relation().columns()) {
            if (!seen.add(c.name())) {
                continue;
            }
            all.add(new NamedExpr(c.name(), new ColumnRef(c.name(), c.type())));
            padded.add(new NamedExpr(c.name(), fromInput.contains(c.name()) ? new ColumnRef(c.name(), c.type())
                    : new org.quiver.planner.expr.Literal(null, c.type())));
        }
        return new Lowered(new UnionAll(new Compute(inner.relation(), all), new Compute(unmatched, padded)),
                inner.bindings());
    }

    /**
     * The distinct combinations of the input's values {@code imports} names (outer name → name
     * inside), bound under the inside names: the rows an inner plan starts from. Fills
     * {@code columns} with the input columns they keep.
     */
    private static Lowered argumentRows(Lowered input, Map<String, String> imports, Map<String, NamedExpr> columns) {
        Map<String, Binding> bindings = new LinkedHashMap<>();
        imports.forEach((outer, inside) -> {
            Binding binding = input.bindings().get(outer);
            passThrough(binding, input.relation(), columns);
            bindings.put(inside, binding);
        });
        return new Lowered(new Dedup(new Compute(input.relation(), List.copyOf(columns.values()))), bindings);
    }

    /**
     * The optional pattern matched once per distinct combination of the entities it reads from the
     * input ({@code arguments}), its rows joined back to the input rows on their ids, and input
     * rows without a match kept once with nulls: one pass over the input instead of two.
     */
    private Lowered optionalJoin(Lowered input, OptionalMatch optional, List<String> arguments) {
        Optional<Expand> step = arguments.size() == 1
                ? OptionalMatchArguments.oneStepFrom(optional.inner(), arguments.get(0)) : Optional.empty();
        if (step.isPresent() && !smallInputs.smallBesideRelationships(optional.input(), step.get().types())) {
            return optionalJoinOnNearEnds(input, optional, arguments.get(0), step.get());
        }
        Map<String, NamedExpr> argumentColumns = new LinkedHashMap<>();
        Map<String, String> imports = new LinkedHashMap<>();
        arguments.forEach(name -> imports.put(name, name));
        outerRows.push(argumentRows(input, imports, argumentColumns));
        Lowered inner;
        try {
            inner = lower(optional.inner());
        } finally {
            outerRows.pop();
        }
        String suffix = "~optional" + nextColumn++;
        List<NamedExpr> matched = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        for (RelColumn c : inner.relation().columns()) {
            if (seen.add(c.name())) {
                String name = argumentColumns.containsKey(c.name()) ? c.name() + suffix : c.name();
                matched.add(new NamedExpr(name, new ColumnRef(c.name(), c.type())));
            }
        }
        List<JoinKey> keys = new ArrayList<>();
        for (String name : arguments) {
            String id = input.bindings().get(name).identity();
            keys.add(new JoinKey(id, id + suffix));
        }
        Map<String, Binding> bindings = new LinkedHashMap<>(input.bindings());
        inner.bindings().forEach(bindings::putIfAbsent);
        return new Lowered(new org.quiver.planner.relational.NullSafeJoin(input.relation(),
                new Compute(inner.relation(), matched), keys, true), bindings);
    }

    /**
     * An optional single step from one input node, matched over the whole relationship table and
     * joined to the input on the near ends: one join, where running the step over the distinct
     * input nodes reads the input twice and adds a shuffle. The relationships are read in full
     * either way. Not when the statistics show the input small beside a large table: then the
     * distinct input nodes are broadcast to the table instead of shuffling it.
     */
    private Lowered optionalJoinOnNearEnds(Lowered input, OptionalMatch optional, String from, Expand step) {
        fromNearEnds.add(step);
        Lowered inner;
        try {
            inner = lower(optional.inner());
        } finally {
            fromNearEnds.remove(step);
        }
        String near = ((Binding.Node) inner.bindings().get(from)).id();
        Map<String, Binding> bindings = new LinkedHashMap<>(input.bindings());
        inner.bindings().forEach(bindings::putIfAbsent);
        return new Lowered(new org.quiver.planner.relational.NullSafeJoin(input.relation(), inner.relation(),
                List.of(new JoinKey(input.bindings().get(from).identity(), near)), true), bindings);
    }

    /**
     * Rows handed over by an earlier part hold entities as ids; a node is joined back to its table
     * when more than its id is read, a relationship always (its type and ends live there). The
     * join keeps a row whose entity is null or was deleted by the earlier part: the entity reads as null.
     */
    private Lowered argument(Argument argument) {
        List<RelColumn> columns = new ArrayList<>();
        Map<String, String> idColumns = new LinkedHashMap<>();
        for (Map.Entry<String, CypherType> v : argument.variables().entrySet()) {
            String prefix = prefix(v.getKey());
            String column = v.getValue().isEntity() ? prefix + "#id" : isEntityList(v.getValue()) ? prefix + "#ids" : prefix;
            CypherType type = v.getValue().isEntity() ? CypherType.INTEGER
                    : isEntityList(v.getValue()) ? CypherType.listOf(CypherType.INTEGER) : v.getValue();
            columns.add(new RelColumn(column, type));
            idColumns.put(v.getKey(), column);
        }
        RelOp relation = new ArgumentRows(columns);
        Map<String, Binding> bindings = new LinkedHashMap<>();
        for (Map.Entry<String, CypherType> v : argument.variables().entrySet()) {
            String column = idColumns.get(v.getKey());
            if (v.getValue() == CypherType.NODE) {
                if (!needs.anythingBeyondId(v.getKey())) {
                    bindings.put(v.getKey(), new Binding.Node(column, Optional.empty(), Map.of()));
                    continue;
                }
                ScanNodes nodes = patterns.scanNodes(v.getKey(), Set.of());
                relation = new LeftOuterJoin(relation, nodes, List.of(new JoinKey(column, nodes.idColumn())));
                bindings.put(v.getKey(), new Binding.Node(nodes.idColumn(), Optional.of(nodes.labelsColumn()),
                        PatternLowering.propertyMap(nodes.properties())));
                Optional.ofNullable(idColumns.get(Argument.deletedFlag(v.getKey())))
                        .ifPresent(flag -> expressions.checkDeleted(nodes.idColumn(), flag));
            } else if (v.getValue() == CypherType.RELATIONSHIP) {
                ScanRelationships relationships = patterns.scanRelationships(v.getKey(), List.of(), ExpandDirection.OUTGOING);
                relation = new LeftOuterJoin(relation, relationships,
                        List.of(new JoinKey(column, relationships.idColumn())));
                Binding.Relationship r = PatternLowering.relationshipBinding(relationships);
                String handedOverType = idColumns.get(Argument.relationshipType(v.getKey()));
                if (handedOverType != null) {
                    // The type of a deleted relationship: the one handed over, as the table no longer has it.
                    String type = r.type() + "~handedOver";
                    List<NamedExpr> all = new ArrayList<>();
                    relation.columns().forEach(c -> all.add(new NamedExpr(c.name(), new ColumnRef(c.name(), c.type()))));
                    all.add(new NamedExpr(type, new org.quiver.planner.expr.ScalarCall("coalesce", List.of(
                            new ColumnRef(r.type(), CypherType.STRING), new ColumnRef(handedOverType, CypherType.STRING)),
                            CypherType.STRING)));
                    relation = new Compute(relation, all);
                    r = new Binding.Relationship(r.id(), type, r.source(), r.target(), r.properties());
                }
                bindings.put(v.getKey(), r);
                String id = r.id();
                Optional.ofNullable(idColumns.get(Argument.deletedFlag(v.getKey())))
                        .ifPresent(flag -> expressions.checkDeleted(id, flag));
            } else if (isEntityList(v.getValue())) {
                String values = prefix(v.getKey());
                relation = HandedOverEntityLists.values(this, relation, column,
                        ((CypherType.ListOf) v.getValue()).element(), values);
                bindings.put(v.getKey(), new Binding.Value(values));
            } else {
                bindings.put(v.getKey(), new Binding.Value(column));
            }
        }
        return new Lowered(relation, bindings);
    }

    private static boolean isEntityList(CypherType type) {
        return type instanceof CypherType.ListOf list && list.element().isEntity();
    }

    String prefix(String variable) {
        StringBuilder out = new StringBuilder();
        for (char c : variable.toCharArray()) {
            if (Character.isLetterOrDigit(c) || c == '_') {
                out.append(c);
            }
        }
        return out.append('_').append(nextColumn++).toString();
    }

    EntityStructs entityStructs() {
        return structs;
    }

    /** A named path as a value: its nodes and relationships as lists of graph-wide entity values. */
    private Expr path(PathOf path, Map<String, Binding> bindings) {
        EntityStructs structs = entityStructs();
        CypherType nodeList = CypherType.listOf(CypherType.NODE);
        CypherType relationshipList = CypherType.listOf(CypherType.RELATIONSHIP);
        Expr nodes = single(structs.node((Binding.Node) bindings.get(path.start().name())), nodeList);
        Expr relationships = new org.quiver.planner.expr.ListOf(List.of(), relationshipList);
        for (PathOf.Step step : path.steps()) {
            Binding relationship = bindings.get(step.relationship().name());
            if (relationship instanceof Binding.Relationship single) {
                relationships = concat(relationships, single(structs.relationship(single), relationshipList));
            } else {
                Binding.RelationshipList list = (Binding.RelationshipList) relationship;
                relationships = concat(relationships, new ColumnRef(list.values().orElseThrow(), relationshipList));
                String inner = ((Binding.Value) bindings.get(step.innerNodes().orElseThrow().name())).column();
                nodes = concat(nodes, new ColumnRef(inner, nodeList));
                // After zero hops the far end is the node the step started from, already in the list.
                Expr end = structs.node((Binding.Node) bindings.get(step.node().name()));
                org.quiver.planner.expr.LambdaVariable x = new org.quiver.planner.expr.LambdaVariable("  end", CypherType.NODE);
                Expr moved = new org.quiver.planner.expr.Binary(org.quiver.planner.expr.Binary.Op.GREATER_THAN,
                        new org.quiver.planner.expr.ScalarCall("size", List.of(new ColumnRef(list.ids(),
                                CypherType.listOf(CypherType.INTEGER))), CypherType.INTEGER),
                        new org.quiver.planner.expr.Literal(0L, CypherType.INTEGER), CypherType.BOOLEAN);
                nodes = concat(nodes, new org.quiver.planner.expr.ListComprehensionOf("  end", single(end, nodeList),
                        moved, x, nodeList));
                continue;
            }
            nodes = concat(nodes, single(structs.node((Binding.Node) bindings.get(step.node().name())), nodeList));
        }
        return new org.quiver.planner.expr.PathValue(nodes, relationships);
    }

    private static Expr single(Expr element, CypherType listType) {
        return new org.quiver.planner.expr.ListOf(List.of(element), listType);
    }

    private static Expr concat(Expr left, Expr right) {
        if (left instanceof org.quiver.planner.expr.ListOf l && l.elements().isEmpty()) {
            return right;
        }
        return new org.quiver.planner.expr.Binary(org.quiver.planner.expr.Binary.Op.CONCAT_LISTS, left, right, left.type());
    }

    private Lowered project(Project project) {
        Lowered input = RelationshipEnds.joined(this, lower(project.input()),
                project.items().stream().map(NamedExpr::expr).toList());
        Map<String, Binding> bindings = new LinkedHashMap<>();
        Map<String, NamedExpr> outputs = new LinkedHashMap<>();
        for (NamedExpr item : project.items()) {
            if (item.expr() instanceof VariableRef ref && ref.type().isEntity()) {
                Binding binding = input.bindings().get(ref.name());
                passThrough(binding, input.relation(), outputs);
                bindings.put(item.name(), binding);
            } else if (item.expr() instanceof VariableRef ref && input.bindings().get(ref.name()) instanceof Binding.RelationshipList list) {
                passThrough(list, input.relation(), outputs);
                bindings.put(item.name(), list);
            } else if (item.expr() instanceof VariableRef ref && ref.name().equals(item.name())
                    && input.bindings().get(ref.name()) instanceof Binding.Value same) {
                // A value kept under its name keeps its column: an OPTIONAL MATCH finds its input rows by it.
                passThrough(same, input.relation(), outputs);
                bindings.put(item.name(), same);
            } else {
                String column = prefix(item.name());
                Expr value = item.expr() instanceof PathOf path ? path(path, input.bindings())
                        : expressions.expr(item.expr(), input.bindings());
                outputs.put(column, new NamedExpr(column, value));
                bindings.put(item.name(), new Binding.Value(column));
            }
        }
        return computedEntitiesTakenApart(new Lowered(new Compute(input.relation(), List.copyOf(outputs.values())),
                bindings), project.items());
    }

    /**
     * A node or relationship computed by an expression ({@code coalesce(a, b)}, {@code list[0]},
     * a map's field) is a value of the graph-wide shape; taken apart into the columns of an entity
     * binding, its variable can be matched from and updated like one a pattern bound.
     */
    private Lowered computedEntitiesTakenApart(Lowered projected, List<NamedExpr> items) {
        RelOp relation = projected.relation();
        Map<String, Binding> bindings = new LinkedHashMap<>(projected.bindings());
        for (NamedExpr item : items) {
            if (item.expr().type().isEntity() && bindings.get(item.name()) instanceof Binding.Value value) {
                UnwoundEntities.Unwound apart = UnwoundEntities.takeApart(relation, value.column(), prefix(item.name()),
                        item.expr().type(), structs);
                relation = apart.relation();
                bindings.put(item.name(), apart.binding());
            }
        }
        return new Lowered(relation, bindings);
    }

    private static void passThrough(Binding binding, RelOp input, Map<String, NamedExpr> outputs) {
        Map<String, CypherType> types = new LinkedHashMap<>();
        input.columns().forEach(c -> types.put(c.name(), c.type()));
        for (String column : binding.columns()) {
            outputs.putIfAbsent(column, new NamedExpr(column, new ColumnRef(column, types.get(column))));
        }
    }

    private Lowered aggregate(Aggregate aggregate) {
        List<Expr> all = new ArrayList<>();
        aggregate.groupings().forEach(i -> all.add(i.expr()));
        aggregate.aggregations().forEach(i -> all.add(i.expr()));
        Lowered input = RelationshipEnds.joined(this, lower(aggregate.input()), all);
        Map<String, Binding> bindings = new LinkedHashMap<>();
        Map<String, NamedExpr> keys = new LinkedHashMap<>();
        for (NamedExpr item : aggregate.groupings()) {
            if (item.expr() instanceof VariableRef ref && ref.type().isEntity()) {
                Binding binding = input.bindings().get(ref.name());
                passThrough(binding, input.relation(), keys);
                bindings.put(item.name(), binding);
            } else if (item.expr() instanceof VariableRef ref && input.bindings().get(ref.name()) instanceof Binding.RelationshipList list) {
                passThrough(list, input.relation(), keys);
                bindings.put(item.name(), list);
            } else {
                String column = prefix(item.name());
                keys.put(column, new NamedExpr(column, expressions.expr(item.expr(), input.bindings())));
                bindings.put(item.name(), new Binding.Value(column));
            }
        }
        List<NamedExpr> aggregates = new ArrayList<>();
        for (NamedExpr item : aggregate.aggregations()) {
            String column = prefix(item.name().trim());
            aggregates.add(new NamedExpr(column, expressions.expr(item.expr(), input.bindings())));
            bindings.put(item.name(), new Binding.Value(column));
        }
        return new Lowered(new GroupBy(input.relation(), List.copyOf(keys.values()), aggregates), bindings);
    }

}
