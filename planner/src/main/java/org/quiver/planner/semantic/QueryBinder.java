package org.quiver.planner.semantic;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.quiver.parser.ast.CallProcedure;
import org.quiver.parser.ast.Clause;
import org.quiver.parser.ast.CloneItem;
import org.quiver.parser.ast.Construct;
import org.quiver.parser.ast.FromGraph;
import org.quiver.parser.ast.UseGraph;
import org.quiver.parser.ast.ReturnGraph;
import org.quiver.parser.ast.Create;
import org.quiver.parser.ast.Delete;
import org.quiver.parser.ast.Match;
import org.quiver.parser.ast.Merge;
import org.quiver.parser.ast.Query;
import org.quiver.parser.ast.Remove;
import org.quiver.parser.ast.Return;
import org.quiver.parser.ast.SetClause;
import org.quiver.parser.ast.SingleQuery;
import org.quiver.parser.ast.Unwind;
import org.quiver.parser.ast.With;
import org.quiver.parser.ast.Expression;
import org.quiver.parser.error.UnsupportedFeature;
import org.quiver.parser.error.SyntaxError;
import org.quiver.parser.ast.Span;
import org.quiver.planner.expr.Expr;
import org.quiver.planner.expr.NamedExpr;
import org.quiver.planner.expr.ScalarCall;
import org.quiver.planner.expr.VariableRef;
import org.quiver.planner.logical.Argument;
import org.quiver.planner.logical.OptionalMatch;
import org.quiver.planner.logical.OuterRows;
import org.quiver.planner.logical.Project;
import org.quiver.planner.logical.Filter;
import org.quiver.planner.logical.LogicalOp;
import org.quiver.planner.logical.Start;
import org.quiver.planner.types.CypherType;

/**
 * Semantic analysis and logical planning of a query, clause by clause: every user mistake is
 * raised here, with its position, before anything runs.
 *
 * <pre>{@code
 * BoundQuery q = QueryBinder.bind((Query) QueryParser.parse(text), new BindContext(text, schema, params));
 * }</pre>
 */
public final class QueryBinder {
    private final BindContext context;
    private LogicalOp plan = new Start();
    private Scope scope = Scope.EMPTY;
    private final List<Segment> segments = new ArrayList<>();
    private CreateBinder create;
    /** The hidden keys of a {@code CALL { … }} body being bound; none at the top level. */
    private final SubqueryKeys keys;

    private QueryBinder(BindContext context) {
        this.context = context;
        this.keys = SubqueryKeys.NONE;
    }

    private QueryBinder(BindContext context, LogicalOp plan, Scope scope, SubqueryKeys keys) {
        this.context = context;
        this.plan = plan;
        this.scope = scope;
        this.keys = keys;
    }

    /**
     * Binds the reading clauses and final RETURN of a {@code CALL { … }} body from {@code plan}
     * (the imported rows) in {@code scope}; its columns leave out the hidden keys, which its plan
     * carries.
     */
    static BoundQuery bindBody(BindContext context, LogicalOp plan, Scope scope, SubqueryKeys keys, SingleQuery body) {
        return new QueryBinder(context, plan, scope, keys).single(body);
    }

    public static BoundQuery bind(Query query, BindContext context) {
        BoundQuery first = new QueryBinder(context).single(query.first());
        if (query.unions().isEmpty()) {
            return first;
        }
        List<LogicalOp> parts = new ArrayList<>(List.of(readOnly(first, query.first().span())));
        boolean all = query.unions().get(0).all();
        for (org.quiver.parser.ast.UnionPart union : query.unions()) {
            if (union.all() != all) {
                throw new SyntaxError("InvalidClauseComposition", "UNION and UNION ALL cannot be mixed", union.span());
            }
            BoundQuery part = new QueryBinder(context).single(union.query());
            if (!part.columns().equals(first.columns())) {
                throw new SyntaxError("DifferentColumnsInUnion",
                        "All sub queries in a UNION must have the same column names", union.span());
            }
            parts.add(readOnly(part, union.span()));
        }
        for (String column : first.columns()) {
            CypherType type = parts.get(0).variables().get(column);
            for (LogicalOp part : parts) {
                CypherType t = part.variables().get(column);
                if (!t.equals(type) && t != CypherType.NULL && type != CypherType.NULL) {
                    throw new UnsupportedFeature("UNION of a column (`" + column + "`) with values of different types ("
                            + type.displayName() + ", " + t.displayName() + ")", query.span());
                }
                type = type == CypherType.NULL ? t : type;
            }
        }
        return new BoundQuery(List.of(new Segment(new org.quiver.planner.logical.Union(parts, first.columns(), !all),
                first.columns(), Optional.empty(), Map.of())));
    }

    private static LogicalOp readOnly(BoundQuery part, Span span) {
        if (part.segments().size() > 1 || part.last().update().isPresent()) {
            throw new UnsupportedFeature("UNION of parts that update the graph", span);
        }
        return part.last().plan();
    }

    private BoundQuery single(SingleQuery query) {
        List<Clause> clauses = query.clauses();
        if (clauses.size() == 1 && clauses.get(0) instanceof CallProcedure call && plan instanceof Start) {
            return standaloneCall(call);
        }
        for (int i = 0; i < clauses.size(); i++) {
            Clause clause = clauses.get(i);
            boolean last = i == clauses.size() - 1;
            if (clause instanceof Create c) {
                if (create == null) {
                    create = new CreateBinder(context, scope);
                }
                create.bind(c);
                continue;
            }
            finishCreate(false);
            if (clause instanceof Construct c) {
                boolean returnsGraph = i == clauses.size() - 2 && clauses.get(i + 1) instanceof ReturnGraph;
                if (!returnsGraph) {
                    Span at = last ? c.span() : clauses.get(i + 1).span();
                    throw new SyntaxError("InvalidClauseComposition", "CONSTRUCT must be followed by RETURN GRAPH", at);
                }
                construct(c);
                return new BoundQuery(segments);
            }
            if (clause instanceof FromGraph || clause instanceof UseGraph) {
                if (last) {
                    throw new SyntaxError("InvalidClauseComposition", "Query cannot conclude with "
                            + clauseName(clause) + " (must be followed by a reading clause)", clause.span());
                }
                switchGraph(clause);
                continue;
            }
            UpdateBinder update = updateBinder(clause);
            if (update != null) {
                finishUpdate(update, last);
                continue;
            }
            if (clause instanceof Return r) {
                if (!last) {
                    throw new SyntaxError("InvalidClauseComposition", "RETURN can only be used at the end of the query",
                            r.span());
                }
                ProjectionBinder projection = new ProjectionBinder(context, plan, scope, keys);
                projection.bind(r.projection(), true);
                List<String> columns = projection.scope().variables().keySet().stream().filter(c -> !keys.contains(c))
                        .toList();
                segments.add(new Segment(projection.plan(), columns, Optional.empty(), Map.of()));
                return new BoundQuery(segments);
            }
            clause(clause);
        }
        Clause last = clauses.get(clauses.size() - 1);
        if (last instanceof Create) {
            finishCreate(true);
            return new BoundQuery(segments);
        }
        if (last instanceof SetClause || last instanceof Remove || last instanceof Delete || last instanceof Merge) {
            return new BoundQuery(segments);
        }
        throw new SyntaxError("InvalidClauseComposition", "Query cannot conclude with " + clauseName(last)
                + " (must be a RETURN clause or an update clause)", last.span());
    }

    /** A query that is one procedure call returns the fields it yields (by default all outputs). */
    private BoundQuery standaloneCall(CallProcedure call) {
        ProcedureCallBinder binder = callProcedure(call, true);
        List<NamedExpr> items = new ArrayList<>();
        for (String column : binder.columns()) {
            items.add(new NamedExpr(column, new VariableRef(column, plan.variables().get(column))));
        }
        segments.add(new Segment(new Project(plan, items), binder.columns(), Optional.empty(), Map.of()));
        return new BoundQuery(segments);
    }

    private ProcedureCallBinder callProcedure(CallProcedure call, boolean standalone) {
        ProcedureCallBinder binder = new ProcedureCallBinder(context, plan, scope);
        binder.bind(call, standalone);
        plan = binder.plan();
        scope = binder.scope();
        call.where().ifPresent(this::where);
        return binder;
    }

    /**
     * {@code FROM GRAPH g} after other clauses: ends the part; the next one reads {@code g} and
     * starts from the values carried so far. Nodes and relationships belong to the graph they were
     * matched in, so they cannot be carried.
     */
    private void switchGraph(Clause clause) {
        org.quiver.parser.ast.GraphName graph = clause instanceof FromGraph f ? f.graph() : ((UseGraph) clause).graph();
        Map<String, CypherType> handedOver = new LinkedHashMap<>();
        List<NamedExpr> items = new ArrayList<>();
        for (Map.Entry<String, VariableInfo> v : scope.variables().entrySet()) {
            if (!v.getValue().named()) {
                continue;
            }
            CypherType type = v.getValue().type();
            if (!CreateBinder.storable(type) || type instanceof CypherType.ListOf l && l.element() == CypherType.ANY) {
                throw new UnsupportedFeature("Carrying a " + type.displayName() + " value (`" + v.getKey() + "`) to "
                        + "another graph (project its properties with WITH before " + clauseName(clause) + ")",
                        clause.span());
            }
            items.add(new NamedExpr(v.getKey(), new VariableRef(v.getKey(), type)));
            handedOver.put(v.getKey(), type);
        }
        segments.add(new Segment(new Project(plan, items), items.stream().map(NamedExpr::name).toList(),
                Optional.of(new org.quiver.planner.update.SwitchGraph(graph)), handedOver));
        context.extendSchema(context.schemaOf(graph));
        Scope carried = Scope.EMPTY;
        for (String name : handedOver.keySet()) {
            carried = carried.with(name, scope.lookup(name).orElseThrow());
        }
        scope = carried;
        plan = new Argument(handedOver);
    }

    /**
     * Ends the statement with a CONSTRUCT; its clone aliases ({@code CLONE a AS b}) are first
     * projected as columns of their own.
     */
    private void construct(Construct c) {
        List<NamedExpr> aliases = new ArrayList<>();
        Scope withAliases = scope;
        for (CloneItem item : c.clones()) {
            if (!(item.expression() instanceof org.quiver.parser.ast.Variable v)) {
                throw new UnsupportedFeature("CLONE of an expression that is not a variable", item.span());
            }
            VariableInfo info = scope.lookup(v.name()).orElseThrow(() -> new SyntaxError("UndefinedVariable",
                    "Variable `" + v.name() + "` not defined", v.span()));
            if (info.type() != CypherType.NODE && info.type() != CypherType.RELATIONSHIP) {
                throw new SyntaxError("InvalidArgumentType", "Type mismatch: CLONE expected a node or relationship "
                        + "but was " + info.type().displayName(), v.span());
            }
            if (item.alias().isPresent()) {
                String alias = item.alias().get().name();
                if (withAliases.contains(alias)) {
                    throw new SyntaxError("VariableAlreadyBound", "Variable `" + alias + "` already declared",
                            item.alias().get().span());
                }
                aliases.add(new NamedExpr(alias, new VariableRef(v.name(), info.type())));
                withAliases = withAliases.with(alias, new VariableInfo(info.type(), info.labels(), true));
            }
        }
        if (!aliases.isEmpty()) {
            List<NamedExpr> items = new ArrayList<>();
            scope.variables().forEach((name, info) -> items.add(new NamedExpr(name, new VariableRef(name, info.type()))));
            items.addAll(aliases);
            plan = new Project(plan, items);
            scope = withAliases;
        }
        ConstructBinder binder = new ConstructBinder(context, scope);
        binder.bind(c);
        finishUpdate(binder, true);
    }

    /** The binder of an updating clause other than CREATE; null for a reading clause. */
    private UpdateBinder updateBinder(Clause clause) {
        if (clause instanceof SetClause s) {
            return new SetBinder(context, scope, s);
        } else if (clause instanceof Remove r) {
            return new SetBinder(context, scope, r);
        } else if (clause instanceof Delete d) {
            return new DeleteBinder(context, scope, d);
        } else if (clause instanceof Merge m) {
            return new MergeBinder(context, scope, m);
        }
        return null;
    }

    private void finishCreate(boolean last) {
        if (create != null) {
            finishUpdate(create, last);
            create = null;
        }
    }

    /**
     * Ends the part of the statement that an update closes: its plan projects the carried
     * variables (entities by id) and the values the action reads; the next part starts from an
     * argument holding the carried variables and those the update binds. Values that cannot be
     * carried (lists of nodes, maps, paths) are dropped when nothing follows the update.
     */
    private void finishUpdate(UpdateBinder update, boolean last) {
        List<NamedExpr> items = new ArrayList<>();
        Map<String, CypherType> handedOver = new LinkedHashMap<>();
        scope.variables().forEach((name, info) -> {
            if (!info.named()) {
                return;
            }
            VariableRef ref = new VariableRef(name, info.type());
            if (info.type().isEntity()) {
                items.add(new NamedExpr(name, new ScalarCall("id", List.of(ref), CypherType.INTEGER)));
                if (info.type() == CypherType.RELATIONSHIP) {
                    // A relationship the update deletes still has its type.
                    String type = Argument.relationshipType(name);
                    items.add(new NamedExpr(type, new ScalarCall("type", List.of(ref), CypherType.STRING)));
                    handedOver.put(type, CypherType.STRING);
                }
            } else if (info.type() instanceof CypherType.ListOf list && list.element().isEntity()) {
                // By ids, as single entities: the next part reads them again from the updated graph.
                org.quiver.planner.expr.LambdaVariable x = new org.quiver.planner.expr.LambdaVariable("  x", list.element());
                items.add(new NamedExpr(name, new org.quiver.planner.expr.ListComprehensionOf("  x", ref,
                        new org.quiver.planner.expr.Literal(true, CypherType.BOOLEAN),
                        new ScalarCall("id", List.of(x), CypherType.INTEGER), CypherType.listOf(CypherType.INTEGER))));
            } else if (CreateBinder.carriable(info.type())) {
                items.add(new NamedExpr(name, ref));
            } else if (last) {
                return;
            } else {
                throw new UnsupportedFeature("Carrying a " + info.type().displayName()
                        + " value past " + update.action().clauseName() + " (variable `" + name + "`)", Span.NONE);
            }
            handedOver.put(name, info.type());
        });
        if (update.action() instanceof org.quiver.planner.update.DeleteAction) {
            List<String> entities = handedOver.entrySet().stream().filter(v -> v.getValue().isEntity())
                    .map(Map.Entry::getKey).toList();
            entities.forEach(name -> handedOver.put(Argument.deletedFlag(name), CypherType.BOOLEAN));
        }
        items.addAll(update.values());
        LogicalOp projected = new Project(plan, items);
        Set<String> pathElements = new java.util.HashSet<>();
        update.paths().values().forEach(p -> p.children().forEach(e -> pathElements.add(((VariableRef) e).name())));
        Scope carried = Scope.EMPTY;
        for (Map.Entry<String, VariableInfo> v : update.scope().variables().entrySet()) {
            boolean wanted = v.getValue().named() || pathElements.contains(v.getKey());
            if (wanted && (handedOver.containsKey(v.getKey()) || !scope.contains(v.getKey()))) {
                carried = carried.with(v.getKey(), v.getValue());
                handedOver.putIfAbsent(v.getKey(), v.getValue().type());
            }
        }
        segments.add(new Segment(projected, items.stream().map(NamedExpr::name).toList(), Optional.of(update.action()),
                handedOver));
        context.extendSchema(update.schemaAfter());
        scope = carried;
        plan = new Argument(handedOver);
        if (!update.paths().isEmpty()) {
            // A named path of CREATE or MERGE is built from its elements once they exist.
            List<NamedExpr> withPaths = new ArrayList<>();
            handedOver.forEach((name, type) -> withPaths.add(new NamedExpr(name, new VariableRef(name, type))));
            update.paths().forEach((name, path) -> {
                withPaths.add(new NamedExpr(name, path));
                scope = scope.with(name, new VariableInfo(CypherType.PATH, Set.of(), true));
            });
            plan = new Project(plan, withPaths);
        }
    }

    private void clause(Clause clause) {
        if (clause instanceof Unwind u) {
            unwind(u);
        } else if (clause instanceof Match m) {
            LogicalOp input = plan;
            if (m.optional()) {
                plan = new OuterRows(input.variables());
            }
            m.where().ifPresent(w -> rejectShortestPathPredicates(m.pattern(), w));
            PatternBinder pattern = new PatternBinder(context, plan, scope);
            pattern.bind(m.pattern());
            plan = pattern.plan();
            scope = pattern.scope();
            m.where().ifPresent(this::where);
            if (m.optional()) {
                plan = new OptionalMatch(input, plan);
            }
        } else if (clause instanceof With w) {
            ProjectionBinder projection = new ProjectionBinder(context, plan, scope, keys);
            projection.bind(w.projection(), false, w.where(), this::filter);
            plan = projection.plan();
            scope = projection.scope();
        } else if (clause instanceof CallProcedure call) {
            callProcedure(call, false);
        } else if (clause instanceof org.quiver.parser.ast.CallSubquery call) {
            CallSubqueryBinder subquery = new CallSubqueryBinder(context, plan, scope);
            subquery.bind(call);
            plan = subquery.plan();
            scope = subquery.scope();
        } else {
            throw new UnsupportedFeature(clauseName(clause), clause.span());
        }
    }

    /**
     * A WHERE on a shortest path's variables should steer the search (Neo4j finds the shortest
     * path that satisfies it); filtering the found paths afterwards would give other answers.
     */
    private static void rejectShortestPathPredicates(org.quiver.parser.ast.Pattern pattern, Expression where) {
        java.util.Set<String> mentioned = AstVariables.in(where);
        for (org.quiver.parser.ast.PatternPart part : pattern.parts()) {
            if (part.selector() == org.quiver.parser.ast.PatternPart.PathSelector.ALL) {
                continue;
            }
            java.util.Set<String> pathVariables = new java.util.HashSet<>();
            part.pathVariable().ifPresent(v -> pathVariables.add(v.name()));
            part.element().steps().forEach(s -> s.relationship().variable().ifPresent(v -> pathVariables.add(v.name())));
            if (pathVariables.stream().anyMatch(mentioned::contains)) {
                throw new UnsupportedFeature("A WHERE predicate on the path or relationships of shortestPath()",
                        where.span());
            }
        }
    }

    private void unwind(Unwind u) {
        Expr list = new ExpressionBinder(context, scope, false).bind(u.list());
        String name = u.variable().name();
        if (scope.contains(name)) {
            throw new SyntaxError("VariableAlreadyBound", "Variable `" + name + "` already declared",
                    u.variable().span());
        }
        CypherType element;
        if (list instanceof org.quiver.planner.expr.Literal literal && literal.value() instanceof List<?> values
                && values.isEmpty()) {
            element = CypherType.NULL;
        } else if (list.type() instanceof CypherType.ListOf l) {
            element = l.element();
        } else if (list.type() == CypherType.NULL) {
            element = CypherType.NULL;
        } else {
            element = list.type();
        }
        element = MixedValues.normalize(element);
        if (element == CypherType.PATH) {
            throw new UnsupportedFeature("UNWIND of a list of paths", u.list().span());
        }
        plan = new org.quiver.planner.logical.Unwind(plan, list, name, element);
        scope = scope.with(name, VariableInfo.value(element));
    }

    private void where(Expression predicate) {
        plan = filter(plan, scope, predicate);
    }

    /** {@code input} filtered by {@code predicate}, read in {@code scope}; patterns in it become flags planned first. */
    private LogicalOp filter(LogicalOp input, Scope scope, Expression predicate) {
        return filter(context, input, scope, predicate);
    }

    static LogicalOp filter(BindContext context, LogicalOp input, Scope scope, Expression predicate) {
        PatternPredicates.Planned planned = PatternPredicates.planAll(context, input, scope, predicate, true);
        Expr bound = ExpressionBinder.asPredicate(new ExpressionBinder(context, planned.scope(), false,
                planned.flags()).bind(predicate));
        if (bound.type() != CypherType.BOOLEAN && bound.type() != CypherType.NULL) {
            throw new SyntaxError("InvalidArgumentType",
                    "Type mismatch: WHERE expected Boolean but was " + bound.type().displayName(), predicate.span());
        }
        return new Filter(planned.plan(), bound);
    }

    static String clauseName(Clause clause) {
        if (clause instanceof Match m) {
            return m.optional() ? "OPTIONAL MATCH" : "MATCH";
        } else if (clause instanceof Unwind) {
            return "UNWIND";
        } else if (clause instanceof With) {
            return "WITH";
        } else if (clause instanceof Create) {
            return "CREATE";
        } else if (clause instanceof Merge) {
            return "MERGE";
        } else if (clause instanceof SetClause) {
            return "SET";
        } else if (clause instanceof Remove) {
            return "REMOVE";
        } else if (clause instanceof Delete d) {
            return d.detach() ? "DETACH DELETE" : "DELETE";
        } else if (clause instanceof Return) {
            return "RETURN";
        } else if (clause instanceof CallProcedure) {
            return "CALL";
        }
        return switch (clause.getClass().getSimpleName()) {
            case "CallSubquery" -> "CALL { … }";
            case "Foreach" -> "FOREACH";
            case "FromGraph" -> "FROM GRAPH";
            case "UseGraph" -> "USE";
            case "Construct" -> "CONSTRUCT";
            case "ReturnGraph" -> "RETURN GRAPH";
            default -> clause.getClass().getSimpleName();
        };
    }
}
