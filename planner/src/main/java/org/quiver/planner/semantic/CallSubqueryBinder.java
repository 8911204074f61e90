package org.quiver.planner.semantic;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.quiver.parser.ast.CallSubquery;
import org.quiver.parser.ast.Clause;
import org.quiver.parser.ast.ProjectionItem;
import org.quiver.parser.ast.Return;
import org.quiver.parser.ast.SingleQuery;
import org.quiver.parser.ast.Span;
import org.quiver.parser.ast.UnionPart;
import org.quiver.parser.ast.Variable;
import org.quiver.parser.ast.With;
import org.quiver.parser.error.SyntaxError;
import org.quiver.parser.error.UnsupportedFeature;
import org.quiver.planner.expr.NamedExpr;
import org.quiver.planner.expr.VariableRef;
import org.quiver.planner.logical.LogicalOp;
import org.quiver.planner.logical.OuterRows;
import org.quiver.planner.logical.Project;
import org.quiver.planner.logical.SubqueryCall;
import org.quiver.planner.logical.Union;
import org.quiver.planner.types.CypherType;

/**
 * {@code CALL { … }}: which variables the subquery imports (a leading {@code WITH} of plain
 * variables, or a scope clause {@code CALL (a, b)}), its body bound per imported value
 * combination ({@link SubqueryKeys}), UNION parts, and the columns it adds to the outer rows.
 */
final class CallSubqueryBinder {
    private static final Set<String> UPDATING = Set.of("Create", "Merge", "SetClause", "Remove", "Delete", "Foreach",
            "Construct", "FromGraph", "UseGraph", "ReturnGraph");

    private final BindContext context;
    private LogicalOp plan;
    private Scope scope;

    CallSubqueryBinder(BindContext context, LogicalOp plan, Scope scope) {
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

    /** A part of the subquery: the variables it imports and the clauses after its importing WITH. */
    private record Part(List<String> imports, List<Clause> body, Span span) {
    }

    void bind(CallSubquery call) {
        List<SingleQuery> queries = new ArrayList<>(List.of(call.query().first()));
        call.query().unions().stream().map(UnionPart::query).forEach(queries::add);
        List<Part> parts = new ArrayList<>();
        Set<String> imported = new LinkedHashSet<>();
        for (SingleQuery query : queries) {
            rejectUpdates(query);
            Part part = call.scope().isPresent() ? scoped(call, query) : importing(query);
            parts.add(part);
            imported.addAll(part.imports());
        }
        ImportedRows.Keys importedKeys = ImportedRows.Keys.of(context, scope, imported);
        SubqueryKeys keys = importedKeys.keys();
        Map<String, String> keyOf = importedKeys.keyOf();
        Map<String, CypherType> keyTypes = importedKeys.keyTypes();
        List<LogicalOp> plans = new ArrayList<>();
        List<String> columns = null;
        for (Part part : parts) {
            BoundQuery bound = bodyOf(part, keys, keyOf, keyTypes);
            if (columns == null) {
                columns = bound.columns();
            } else if (!bound.columns().equals(columns)) {
                throw new SyntaxError("DifferentColumnsInUnion",
                        "All sub queries in a UNION must have the same column names", part.span());
            }
            plans.add(bound.last().plan());
        }
        rejectClashes(call, columns);
        LogicalOp inner = plans.get(0);
        if (plans.size() > 1) {
            inner = union(call, plans, columns, keys);
        }
        plan = new SubqueryCall(plan, inner, keyOf, columns);
        Map<String, CypherType> types = inner.variables();
        for (String column : columns) {
            scope = scope.with(column, VariableInfo.value(types.get(column)));
        }
    }

    private BoundQuery bodyOf(Part part, SubqueryKeys keys, Map<String, String> keyOf,
            Map<String, CypherType> keyTypes) {
        if (part.body().isEmpty()) {
            throw new SyntaxError("InvalidClauseComposition",
                    "Query cannot conclude with WITH (must be a RETURN clause or an update clause)", part.span());
        }
        List<NamedExpr> items = new ArrayList<>(keys.references());
        Scope inner = keys.addTo(Scope.EMPTY);
        for (String name : part.imports()) {
            VariableInfo info = scope.lookup(name).orElseThrow();
            items.add(new NamedExpr(name, new VariableRef(keyOf.get(name), info.type())));
            inner = inner.with(name, info);
        }
        LogicalOp start = new Project(new OuterRows(keyTypes), items);
        SingleQuery body = new SingleQuery(part.body(), part.span());
        BoundQuery bound = QueryBinder.bindBody(context, start, inner, keys, body);
        if (bound.segments().size() != 1) {
            throw new IllegalStateException("a subquery body without updates is one segment");
        }
        return bound;
    }

    private LogicalOp union(CallSubquery call, List<LogicalOp> plans, List<String> columns, SubqueryKeys keys) {
        boolean all = call.query().unions().get(0).all();
        for (UnionPart union : call.query().unions()) {
            if (union.all() != all) {
                throw new SyntaxError("InvalidClauseComposition", "UNION and UNION ALL cannot be mixed", union.span());
            }
        }
        for (String column : columns) {
            CypherType type = CypherType.NULL;
            for (LogicalOp part : plans) {
                CypherType t = part.variables().get(column);
                if (!t.equals(type) && t != CypherType.NULL && type != CypherType.NULL) {
                    throw new UnsupportedFeature("UNION of a column (`" + column + "`) with values of different types ("
                            + type.displayName() + ", " + t.displayName() + ")", call.query().span());
                }
                type = type == CypherType.NULL ? t : type;
            }
        }
        List<String> withKeys = new ArrayList<>(columns);
        withKeys.addAll(keys.names());
        return new Union(plans, withKeys, !all);
    }

    /** With a scope clause the body imports what it lists; a leading WITH is an ordinary one. */
    private Part scoped(CallSubquery call, SingleQuery query) {
        List<String> imports = new ArrayList<>();
        if (call.importsAll()) {
            scope.variables().forEach((name, info) -> {
                if (info.named()) {
                    imports.add(name);
                }
            });
        }
        for (Variable v : call.scope().orElseThrow()) {
            requireOuter(v);
            if (!imports.contains(v.name())) {
                imports.add(v.name());
            }
        }
        return new Part(imports, query.clauses(), query.span());
    }

    /**
     * Without a scope clause a leading WITH that reads outer variables imports them; it may only
     * list them, as Neo4j requires.
     */
    private Part importing(SingleQuery query) {
        List<Clause> clauses = query.clauses();
        if (clauses.isEmpty() || !(clauses.get(0) instanceof With with) || !readsOuter(with)) {
            return new Part(List.of(), clauses, query.span());
        }
        var projection = with.projection();
        List<String> imports = new ArrayList<>();
        if (projection.star()) {
            scope.variables().forEach((name, info) -> {
                if (info.named()) {
                    imports.add(name);
                }
            });
        }
        for (ProjectionItem item : projection.items()) {
            if (!(item.expression() instanceof Variable v)
                    || item.alias().isPresent() && !item.alias().get().name().equals(v.name())) {
                throw invalidImport("Aliasing or expressions are not supported", item.span());
            }
            requireOuter(v);
            if (!imports.contains(v.name())) {
                imports.add(v.name());
            }
        }
        if (projection.distinct()) {
            throw invalidImport("DISTINCT is not allowed", with.span());
        } else if (with.where().isPresent()) {
            throw invalidImport("WHERE is not allowed", with.where().get().span());
        } else if (!projection.orderBy().isEmpty()) {
            throw invalidImport("ORDER BY is not allowed", with.span());
        } else if (projection.skip().isPresent()) {
            throw invalidImport("SKIP is not allowed", projection.skip().get().span());
        } else if (projection.limit().isPresent()) {
            throw invalidImport("LIMIT is not allowed", projection.limit().get().span());
        }
        return new Part(imports, clauses.subList(1, clauses.size()), query.span());
    }

    private boolean readsOuter(With with) {
        if (with.projection().star()) {
            return scope.variables().values().stream().anyMatch(VariableInfo::named);
        }
        return with.projection().items().stream().map(ProjectionItem::expression)
                .anyMatch(e -> AstVariables.in(e).stream().anyMatch(scope::contains));
    }

    private static SyntaxError invalidImport(String what, Span span) {
        return new SyntaxError("InvalidImportingWith",
                "Importing WITH should consist only of simple references to outside variables. " + what + ".", span);
    }

    private void requireOuter(Variable v) {
        if (scope.lookup(v.name()).filter(VariableInfo::named).isEmpty()) {
            throw new SyntaxError("UndefinedVariable", "Variable `" + v.name() + "` not defined", v.span());
        }
    }

    private static void rejectUpdates(SingleQuery query) {
        for (Clause clause : query.clauses()) {
            if (UPDATING.contains(clause.getClass().getSimpleName())) {
                throw new UnsupportedFeature("CALL { … } around " + QueryBinder.clauseName(clause)
                        + " (subqueries that update the graph)", clause.span());
            }
        }
    }

    /** A subquery may not return a name the outer query already binds. */
    private void rejectClashes(CallSubquery call, List<String> columns) {
        for (String column : columns) {
            if (scope.lookup(column).filter(VariableInfo::named).isPresent()) {
                throw new SyntaxError("VariableAlreadyBound", "Variable `" + column + "` already declared in outer scope",
                        returnItemSpan(call, column));
            }
        }
    }

    private Span returnItemSpan(CallSubquery call, String column) {
        List<Clause> clauses = call.query().first().clauses();
        if (!clauses.isEmpty() && clauses.get(clauses.size() - 1) instanceof Return r) {
            for (ProjectionItem item : r.projection().items()) {
                String name = item.alias().map(Variable::name).orElse(item.expression() instanceof Variable v
                        ? v.name() : context.textOf(item.span()));
                if (name.equals(column)) {
                    return item.span();
                }
            }
            return r.span();
        }
        return call.span();
    }
}
