package org.quiver.planner.semantic;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.quiver.parser.ast.Expression;
import org.quiver.parser.ast.Projection;
import org.quiver.parser.ast.ProjectionItem;
import org.quiver.parser.ast.SortItem;
import org.quiver.parser.ast.Span;
import org.quiver.parser.ast.Variable;
import org.quiver.parser.error.SyntaxError;
import org.quiver.parser.error.UnsupportedFeature;
import org.quiver.planner.expr.AggregateCall;
import org.quiver.planner.expr.Expr;
import org.quiver.planner.expr.NamedExpr;
import org.quiver.planner.expr.SortKey;
import org.quiver.planner.expr.VariableRef;
import org.quiver.planner.logical.Aggregate;
import org.quiver.planner.logical.Distinct;
import org.quiver.planner.logical.Limit;
import org.quiver.planner.logical.LogicalOp;
import org.quiver.planner.logical.Project;
import org.quiver.planner.logical.Skip;
import org.quiver.planner.logical.Sort;
import org.quiver.planner.types.CypherType;

/**
 * Plans the body of {@code WITH} and {@code RETURN}: naming the items, implicit grouping around
 * aggregations, {@code DISTINCT}, {@code ORDER BY} (which may see the variables before the
 * projection unless the projection aggregates or is distinct), {@code SKIP} and {@code LIMIT}.
 */
final class ProjectionBinder {
    private final BindContext context;
    private LogicalOp plan;
    private Scope scope;
    private final SubqueryKeys keys;

    ProjectionBinder(BindContext context, LogicalOp plan, Scope scope) {
        this(context, plan, scope, SubqueryKeys.NONE);
    }

    /** A projection inside a {@code CALL { … }} body, which carries {@code keys} and works per key. */
    ProjectionBinder(BindContext context, LogicalOp plan, Scope scope, SubqueryKeys keys) {
        this.context = context;
        this.plan = plan;
        this.scope = scope;
        this.keys = keys;
    }

    LogicalOp plan() {
        return plan;
    }

    Scope scope() {
        return scope;
    }

    /** Plans the projection; afterwards {@link #scope()} holds exactly its items. */
    void bind(Projection projection, boolean isReturn) {
        bind(projection, isReturn, java.util.Optional.empty(), null);
    }

    /** Filters a plan by a {@code WHERE} predicate read in a scope. */
    interface Where {
        LogicalOp filter(LogicalOp plan, Scope scope, Expression predicate);
    }

    /**
     * Plans the projection and the {@code WHERE} of a {@code WITH}, which, like {@code ORDER BY},
     * may read the variables before the projection unless it aggregates or is distinct.
     */
    void bind(Projection projection, boolean isReturn, java.util.Optional<Expression> where, Where filter) {
        List<ProjectionItem> items = expandStar(projection, isReturn);
        if (!isReturn) {
            checkSortKeysBeforeAliases(items, projection.orderBy());
        }
        List<String> names = itemNames(items, isReturn);
        java.util.Map<Expression, String> lists = new java.util.HashMap<>();
        for (ProjectionItem item : items) {
            for (Expression c : PatternPredicates.comprehensions(item.expression())) {
                if (lists.containsKey(c)) {
                    continue;
                }
                String list = context.freshName("COMPREHENSION");
                plan = PatternPredicates.collect(context, plan, scope, c, list);
                scope = scope.with(list, new VariableInfo(plan.variables().get(list), java.util.Set.of(), false));
                lists.put(c, list);
            }
        }
        ExpressionBinder binder = new ExpressionBinder(context, scope, true, lists);
        List<Expr> bound = items.stream().map(i -> binder.bind(i.expression())).toList();
        Scope projected = keys.addTo(projectedScope(names, bound));
        boolean aggregating = bound.stream().anyMatch(ProjectionBinder::containsAggregate);
        if (items.stream().anyMatch(i -> AggregationScope.containsAggregate(i.expression()))) {
            checkGroupedReads(items);
        }

        List<NamedExpr> finalItems;
        if (aggregating) {
            finalItems = aggregate(names, bound, items);
            finalItems.addAll(keys.references());
            plan = new Project(plan, finalItems);
            finalItems = references(finalItems);
        } else {
            finalItems = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                finalItems.add(new NamedExpr(names.get(i), bound.get(i)));
            }
            finalItems.addAll(keys.references());
        }
        boolean sortSeesInput = !aggregating && !projection.distinct()
                && (!projection.orderBy().isEmpty() || where.isPresent());
        if (!aggregating) {
            List<NamedExpr> first = new ArrayList<>(finalItems);
            if (sortSeesInput) {
                for (Map.Entry<String, VariableInfo> v : scope.variables().entrySet()) {
                    if (!names.contains(v.getKey()) && !keys.contains(v.getKey())) {
                        first.add(new NamedExpr(v.getKey(), new VariableRef(v.getKey(), v.getValue().type())));
                    }
                }
            }
            plan = new Project(plan, first);
            finalItems = references(finalItems);
        }
        if (projection.distinct()) {
            plan = new Distinct(plan);
        }
        Scope sortScope = projected;
        if (sortSeesInput) {
            sortScope = scope;
            for (Map.Entry<String, VariableInfo> v : projected.variables().entrySet()) {
                sortScope = sortScope.with(v.getKey(), v.getValue());
            }
        }
        boolean limits = projection.skip().isPresent() || projection.limit().isPresent();
        if (!keys.isEmpty() && limits) {
            List<SortKey> order = sortSeesInput ? sortKeys(projection.orderBy(), items, names, sortScope)
                    : projectedSortKeys(projection.orderBy(), items, names, sortScope, aggregating);
            var skip = projection.skip().map(s -> RowCountBinder.bind(context, s, "SKIP"));
            var limit = projection.limit().map(l -> RowCountBinder.bind(context, l, "LIMIT"));
            plan = new org.quiver.planner.logical.LimitPerKey(plan, keys.names(), order, skip, limit);
        } else {
            if (!projection.orderBy().isEmpty()) {
                plan = new Sort(plan, sortSeesInput ? sortKeys(projection.orderBy(), items, names, sortScope)
                        : projectedSortKeys(projection.orderBy(), items, names, sortScope, aggregating));
            }
            projection.skip().ifPresent(s -> plan = new Skip(plan, RowCountBinder.bind(context, s, "SKIP")));
            projection.limit().ifPresent(l -> plan = new Limit(plan, RowCountBinder.bind(context, l, "LIMIT")));
        }
        if (where.isPresent()) {
            // After DISTINCT or aggregation only the items remain: a part written as an item reads its column.
            Expression predicate = sortSeesInput ? where.get() : AggregationScope.replace(where.get(), itemColumns(items, names));
            plan = filter.filter(plan, sortScope, predicate);
        }
        if (sortSeesInput) {
            plan = new Project(plan, finalItems);
        }
        scope = projected;
    }

    private List<ProjectionItem> expandStar(Projection projection, boolean isReturn) {
        List<ProjectionItem> items = new ArrayList<>();
        if (projection.star()) {
            Set<String> visible = new TreeSet<>();
            scope.variables().forEach((name, info) -> {
                if (info.named()) {
                    visible.add(name);
                }
            });
            // WITH * over rows that bind no named variable still carries the rows on; RETURN * would
            // return rows without columns.
            if (visible.isEmpty() && isReturn) {
                throw new SyntaxError("NoVariablesInScope", "RETURN * is not allowed when there are no variables in scope",
                        projection.span());
            }
            for (String name : visible) {
                Variable v = new Variable(name, projection.span());
                items.add(new ProjectionItem(v, java.util.Optional.empty(), projection.span()));
            }
        }
        items.addAll(projection.items());
        return items;
    }

    private List<String> itemNames(List<ProjectionItem> items, boolean isReturn) {
        List<String> names = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (ProjectionItem item : items) {
            String name;
            if (item.alias().isPresent()) {
                name = item.alias().get().name();
            } else if (item.expression() instanceof Variable v) {
                name = v.name();
            } else if (isReturn) {
                name = context.textOf(item.span());
                if (name.isEmpty()) {
                    name = context.textOf(item.expression().span());
                }
            } else {
                throw new SyntaxError("NoExpressionAlias", "Expression in WITH must be aliased (use AS)", item.span());
            }
            if (!seen.add(name)) {
                throw new SyntaxError("ColumnNameConflict", "Multiple result columns with the same name `" + name
                        + "` are not supported", item.span());
            }
            names.add(name);
        }
        return names;
    }

    private Scope projectedScope(List<String> names, List<Expr> bound) {
        Scope projected = Scope.EMPTY;
        for (int i = 0; i < names.size(); i++) {
            Expr e = bound.get(i);
            Set<String> labels = e instanceof VariableRef ref
                    ? scope.lookup(ref.name()).map(VariableInfo::labels).orElse(Set.of()) : Set.of();
            projected = projected.with(names.get(i), new VariableInfo(e.type(), labels, true));
        }
        return projected;
    }

    /**
     * Adds the {@link Aggregate} and returns the items over its output: each aggregation is replaced
     * by a fresh variable; what remains of an aggregating item may use only grouping keys.
     */
    private List<NamedExpr> aggregate(List<String> names, List<Expr> bound, List<ProjectionItem> items) {
        List<NamedExpr> groupings = new ArrayList<>();
        Map<Expr, String> groupingNames = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            if (!containsAggregate(bound.get(i))) {
                groupings.add(new NamedExpr(names.get(i), bound.get(i)));
                // Aggregating items may refer to grouping keys that are variables or properties, not
                // to any other grouping expression written again (Cypher calls that ambiguous).
                if (bound.get(i) instanceof VariableRef || bound.get(i) instanceof org.quiver.planner.expr.PropertyOf) {
                    groupingNames.putIfAbsent(bound.get(i), names.get(i));
                }
            }
        }
        List<NamedExpr> aggregations = new ArrayList<>();
        List<NamedExpr> result = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            Expr e = bound.get(i);
            if (!containsAggregate(e)) {
                result.add(new NamedExpr(names.get(i), new VariableRef(names.get(i), e.type())));
                continue;
            }
            Expr rewritten = e.transformUp(x -> {
                if (x instanceof AggregateCall call) {
                    String fresh = context.freshName("AGGREGATION");
                    aggregations.add(new NamedExpr(fresh, call));
                    return new VariableRef(fresh, call.type());
                }
                String grouping = groupingNames.get(x);
                return grouping == null ? x : new VariableRef(grouping, x.type());
            });
            Set<String> allowed = new HashSet<>(groupingNames.values());
            aggregations.forEach(a -> allowed.add(a.name()));
            // A property holds its variable as a field, not as a child expression: check it too.
            boolean ambiguous = rewritten.descendants()
                    .anyMatch(x -> x instanceof VariableRef ref && !allowed.contains(ref.name())
                            || x instanceof org.quiver.planner.expr.PropertyOf p && !allowed.contains(p.entity().name()));
            if (ambiguous) {
                throw new SyntaxError("AmbiguousAggregationExpression", "Expression mixes aggregation with values "
                        + "that are not grouping keys", items.get(i).span());
            }
            result.add(new NamedExpr(names.get(i), rewritten));
        }
        List<NamedExpr> perKey = new ArrayList<>(keys.references());
        List<NamedExpr> computed = aggregations;
        if (!keys.isEmpty() && groupings.isEmpty()) {
            // Without grouping keys an aggregation gives a row even over no rows; per key, too.
            String marker = context.freshName("MATCHED");
            plan = new org.quiver.planner.logical.PadMissingKeys(plan, keys.names(), marker);
            computed = aggregations.stream().map(a -> new NamedExpr(a.name(),
                    SubqueryKeys.onlyWhereMarked((AggregateCall) a.expr(), marker))).toList();
        }
        perKey.addAll(groupings);
        plan = new Aggregate(plan, perKey, computed);
        return result;
    }

    private static List<NamedExpr> references(List<NamedExpr> items) {
        return items.stream().map(i -> new NamedExpr(i.name(), new VariableRef(i.name(), i.expr().type()))).toList();
    }

    private List<SortKey> sortKeys(List<SortItem> orderBy, List<ProjectionItem> items, List<String> names, Scope sortScope) {
        ExpressionBinder binder = new ExpressionBinder(context, sortScope, false);
        List<SortKey> keys = new ArrayList<>();
        for (SortItem item : orderBy) {
            Expression e = item.expression();
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i).expression().equals(e)) {
                    e = new Variable(names.get(i), e.span());
                    break;
                }
            }
            // Values without a Spark order of their own (lists, maps, nodes, mixed types) are sorted by
            // the backend with Cypher's global order.
            Expr key = binder.bind(e);
            keys.add(new SortKey(key, item.descending()));
        }
        return keys;
    }

    /** Each item's expression, to be read as the item's column. */
    private static Map<Expression, Expression> itemColumns(List<ProjectionItem> items, List<String> names) {
        Map<Expression, Expression> columns = new java.util.HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            if (!(items.get(i).expression() instanceof Variable v && v.name().equals(names.get(i)))) {
                columns.putIfAbsent(items.get(i).expression(), new Variable(names.get(i), items.get(i).span()));
            }
        }
        return columns;
    }

    /** Simple grouping keys: the non-aggregating items that are a variable or a property of one. */
    private static Set<Expression> simpleKeys(List<ProjectionItem> items) {
        Set<Expression> groupKeys = new HashSet<>();
        for (ProjectionItem item : items) {
            if (!AggregationScope.containsAggregate(item.expression()) && AggregationScope.isSimpleKey(item.expression())) {
                groupKeys.add(item.expression());
            }
        }
        return groupKeys;
    }

    /** An aggregating item may read, outside its aggregations, only simple grouping keys. */
    private void checkGroupedReads(List<ProjectionItem> items) {
        Set<Expression> groupKeys = simpleKeys(items);
        for (ProjectionItem item : items) {
            if (AggregationScope.containsAggregate(item.expression())) {
                AggregationScope.ungrouped(item.expression(), groupKeys, Set.of(), scope::contains).ifPresent(v -> {
                    throw ambiguous(item.expression());
                });
            }
        }
    }

    /**
     * As Neo4j, an aggregating sort key that reads what an item computes is reported before a
     * {@code WITH} item that lacks its alias ({@code WITH a.x + b.x, count(*) AS n ORDER BY a.x + b.x + n}).
     */
    private void checkSortKeysBeforeAliases(List<ProjectionItem> items, List<SortItem> orderBy) {
        boolean unaliased = items.stream().anyMatch(i -> i.alias().isEmpty() && !(i.expression() instanceof Variable));
        if (!unaliased || items.stream().noneMatch(i -> AggregationScope.containsAggregate(i.expression()))) {
            return;
        }
        Set<Expression> groupKeys = simpleKeys(items);
        Set<String> names = new HashSet<>();
        for (ProjectionItem item : items) {
            item.alias().ifPresent(a -> names.add(a.name()));
            if (item.expression() instanceof Variable v) {
                names.add(v.name());
            }
        }
        for (SortItem key : orderBy) {
            Expression e = key.expression();
            if (AggregationScope.containsAggregate(e)) {
                AggregationScope.ungrouped(e, groupKeys, names, scope::contains).ifPresent(v -> {
                    if (items.stream().anyMatch(i -> AstVariables.in(i.expression()).contains(v.name()))) {
                        throw ambiguous(e);
                    }
                });
            }
        }
    }

    private static SyntaxError ambiguous(Expression e) {
        return new SyntaxError("AmbiguousAggregationExpression", "Expression mixes aggregation with values that are "
                + "not grouping keys (only variables, their properties and projected names may appear next to an "
                + "aggregation)", e.span());
    }

    /**
     * Sort keys after an aggregating or distinct projection, which see only its items: a part of a
     * key written as an item is read from that item's column; a key that aggregates may read beside
     * its aggregations only simple grouping keys and projected names.
     */
    private List<SortKey> projectedSortKeys(List<SortItem> orderBy, List<ProjectionItem> items, List<String> names,
            Scope sortScope, boolean aggregating) {
        Map<Expression, Expression> columns = itemColumns(items, names);
        Set<Expression> groupKeys = simpleKeys(items);
        ExpressionBinder binder = new ExpressionBinder(context, sortScope, false);
        List<SortKey> sortKeys = new ArrayList<>();
        for (SortItem item : orderBy) {
            Expression e = item.expression();
            if (aggregating && AggregationScope.containsAggregate(e)) {
                AggregationScope.ungrouped(e, groupKeys, Set.copyOf(names), scope::contains).ifPresent(v -> {
                    // A variable some item reads (in a larger expression) is ambiguous; any other is gone.
                    if (items.stream().anyMatch(i -> AstVariables.in(i.expression()).contains(v.name()))) {
                        throw ambiguous(e);
                    }
                    throw new SyntaxError("UndefinedVariable", "Variable `" + v.name() + "` not defined", v.span());
                });
            }
            Expression rewritten = AggregationScope.replace(e, columns);
            if (AggregationScope.containsAggregate(rewritten)) {
                // An aggregation the projection does not compute: its variables are gone after it.
                for (String read : AstVariables.in(rewritten)) {
                    if (!names.contains(read)) {
                        throw new SyntaxError("UndefinedVariable", "Variable `" + read + "` not defined", e.span());
                    }
                }
            }
            sortKeys.add(new SortKey(binder.bind(rewritten), item.descending()));
        }
        return sortKeys;
    }

    private static boolean containsAggregate(Expr e) {
        return e.descendants().anyMatch(x -> x instanceof AggregateCall);
    }

}
