package org.quiver.parser.gen;

import static org.quiver.parser.gen.NameArbitraries.name;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.quiver.parser.ast.CallProcedure;
import org.quiver.parser.ast.CallSubquery;
import org.quiver.parser.ast.Clause;
import org.quiver.parser.ast.CloneItem;
import org.quiver.parser.ast.Construct;
import org.quiver.parser.ast.Create;
import org.quiver.parser.ast.Delete;
import org.quiver.parser.ast.ExecutionMode;
import org.quiver.parser.ast.Expression;
import org.quiver.parser.ast.Foreach;
import org.quiver.parser.ast.FromGraph;
import org.quiver.parser.ast.GraphName;
import org.quiver.parser.ast.Match;
import org.quiver.parser.ast.Merge;
import org.quiver.parser.ast.MergeAction;
import org.quiver.parser.ast.Projection;
import org.quiver.parser.ast.ProjectionItem;
import org.quiver.parser.ast.PropertyAccess;
import org.quiver.parser.ast.Query;
import org.quiver.parser.ast.Remove;
import org.quiver.parser.ast.RemoveItem;
import org.quiver.parser.ast.Return;
import org.quiver.parser.ast.ReturnGraph;
import org.quiver.parser.ast.SetClause;
import org.quiver.parser.ast.SetItem;
import org.quiver.parser.ast.SingleQuery;
import org.quiver.parser.ast.SortItem;
import org.quiver.parser.ast.Span;
import org.quiver.parser.ast.UnionPart;
import org.quiver.parser.ast.Unwind;
import org.quiver.parser.ast.UseGraph;
import org.quiver.parser.ast.With;
import org.quiver.parser.ast.YieldItem;

/** Clauses and queries; {@code depth} bounds the expressions in them and the nesting of subqueries. */
final class ClauseArbitraries {
    private static final Span S = Span.NONE;

    private final AstArbitraries ast;

    ClauseArbitraries(AstArbitraries ast) {
        this.ast = ast;
    }

    /** A query; a nested one ({@code topLevel} false) always has the RUN mode. */
    Arbitrary<Query> query(int depth, boolean topLevel) {
        Arbitrary<ExecutionMode> mode = topLevel
                ? Arbitraries.frequencyOf(Tuple.of(8, Arbitraries.just(ExecutionMode.RUN)),
                        Tuple.of(1, Arbitraries.of(ExecutionMode.EXPLAIN, ExecutionMode.PROFILE)))
                : Arbitraries.just(ExecutionMode.RUN);
        Arbitrary<UnionPart> union = Combinators.combine(Arbitraries.of(true, false), single(depth))
                .as((all, q) -> new UnionPart(all, q, S));
        return Combinators.combine(mode, single(depth), union.list().ofMaxSize(2))
                .as((m, first, unions) -> new Query(m, first, unions, S));
    }

    /**
     * One to four clauses. CONSTRUCT takes the CREATE and SET clauses that follow it as its own, so
     * none may follow it in the list.
     */
    Arbitrary<SingleQuery> single(int depth) {
        return clause(depth).list().ofMinSize(1).ofMaxSize(4)
                .filter(ClauseArbitraries::noUpdateAfterConstruct)
                .map(clauses -> new SingleQuery(clauses, S));
    }

    private static boolean noUpdateAfterConstruct(List<Clause> clauses) {
        for (int i = 1; i < clauses.size(); i++) {
            if (clauses.get(i - 1) instanceof Construct
                    && (clauses.get(i) instanceof Create || clauses.get(i) instanceof SetClause)) {
                return false;
            }
        }
        return true;
    }

    Arbitrary<Clause> clause(int depth) {
        var expressions = ast.expressions();
        var patterns = ast.patterns();
        Arbitrary<Expression> e = expressions.expression(depth);
        Arbitrary<Optional<Expression>> where = e.optional(0.3);
        List<Tuple.Tuple2<Integer, Arbitrary<Clause>>> choices = new ArrayList<>(List.of(
                Tuple.of(3, Combinators.combine(Arbitraries.of(true, false), patterns.pattern(depth), where)
                        .as((o, p, w) -> new Match(o, p, w, S))),
                Tuple.of(1, Combinators.combine(e, expressions.variable()).as((l, v) -> new Unwind(l, v, S))),
                Tuple.of(2, Combinators.combine(projection(depth), where).as((p, w) -> new With(p, w, S))),
                Tuple.of(3, projection(depth).map(p -> new Return(p, S))),
                Tuple.of(1, Arbitraries.just(new ReturnGraph(S))),
                Tuple.of(1, callProcedure(depth)),
                Tuple.of(1, graphReference().map(g -> new FromGraph(g, S))),
                Tuple.of(1, graphReference().map(g -> new UseGraph(g, S))),
                Tuple.of(1, construct(depth))));
        for (var updating : updating(depth)) {
            choices.add(Tuple.of(1, updating));
        }
        if (depth >= 1) {
            choices.add(Tuple.of(1, Arbitraries.lazy(() -> query(depth - 1, false)).map(q -> new CallSubquery(q, S))));
        }
        return Arbitraries.frequencyOf(choices);
    }

    /** The clauses FOREACH may hold. */
    private List<Arbitrary<Clause>> updating(int depth) {
        var expressions = ast.expressions();
        Arbitrary<Expression> e = expressions.expression(depth);
        List<Arbitrary<Clause>> all = new ArrayList<>(List.of(
                ast.patterns().pattern(depth).map(p -> new Create(p, S)),
                Combinators.combine(ast.patterns().part(depth),
                        Combinators.combine(Arbitraries.of(true, false), set(depth))
                                .as((c, s) -> new MergeAction(c, s, S)).list().ofMaxSize(2))
                        .as((p, a) -> new Merge(p, a, S)),
                set(depth).map(s -> s),
                remove(depth),
                Combinators.combine(Arbitraries.of(true, false), e.list().ofMinSize(1).ofMaxSize(2))
                        .as((d, l) -> new Delete(d, l, S))));
        if (depth >= 1) {
            Arbitrary<Clause> body = Arbitraries.lazy(() -> Arbitraries.oneOf(updating(depth - 1)));
            all.add(Combinators.combine(expressions.variable(), e, body.list().ofMinSize(1).ofMaxSize(2))
                    .as((v, l, b) -> new Foreach(v, l, b, S)));
        }
        return all;
    }

    private Arbitrary<SetClause> set(int depth) {
        var expressions = ast.expressions();
        Arbitrary<Expression> e = expressions.expression(depth);
        Arbitrary<List<String>> labels = name().list().ofMinSize(1).ofMaxSize(2);
        Arbitrary<SetItem> item = Arbitraries.oneOf(
                Combinators.combine(target(depth), e).as((t, v) -> new SetItem.SetProperty(t, v, S)),
                Combinators.combine(expressions.variable(), e, Arbitraries.of(true, false))
                        .as((t, v, m) -> new SetItem.SetProperties(t, v, m, S)),
                Combinators.combine(expressions.variable(), labels).as((t, l) -> new SetItem.SetLabels(t, l, S)));
        return item.list().ofMinSize(1).ofMaxSize(2).map(items -> new SetClause(items, S));
    }

    private Arbitrary<Clause> remove(int depth) {
        Arbitrary<RemoveItem> item = Arbitraries.oneOf(
                target(depth).map(t -> new RemoveItem.RemoveProperty(t, S)),
                Combinators.combine(ast.expressions().variable(), name().list().ofMinSize(1).ofMaxSize(2))
                        .as((t, l) -> new RemoveItem.RemoveLabels(t, l, S)));
        return item.list().ofMinSize(1).ofMaxSize(2).map(items -> new Remove(items, S));
    }

    private Arbitrary<PropertyAccess> target(int depth) {
        return Combinators.combine(ast.expressions().expression(depth), name())
                .as((s, k) -> new PropertyAccess(s, k, S));
    }

    private Arbitrary<Projection> projection(int depth) {
        Arbitrary<Expression> e = ast.expressions().expression(depth);
        Arbitrary<ProjectionItem> item = Combinators.combine(e, ast.expressions().variable().optional(0.4))
                .as((x, a) -> new ProjectionItem(x, a, S));
        Arbitrary<SortItem> sort = Combinators.combine(e, Arbitraries.of(true, false))
                .as((x, d) -> new SortItem(x, d, S));
        return Combinators.combine(Arbitraries.of(true, false), Arbitraries.of(true, false),
                item.list().ofMaxSize(3), sort.list().ofMaxSize(2), e.optional(0.2), e.optional(0.2))
                .as((distinct, star, items, order, skip, limit) -> new Projection(distinct, star || items.isEmpty(),
                        items, order, skip, limit, S));
    }

    private Arbitrary<Clause> callProcedure(int depth) {
        Arbitrary<YieldItem> item = Combinators.combine(name(), ast.expressions().variable().optional(0.4))
                .as((f, a) -> new YieldItem(f, a, S));
        Arbitrary<Optional<List<Expression>>> arguments = ast.expressions().expression(depth).list().ofMaxSize(2)
                .optional(0.8);
        Arbitrary<Clause> noYield = Combinators.combine(NameArbitraries.namespace(), NameArbitraries.namePart(),
                arguments, Arbitraries.of(true, false))
                .as((ns, n, args, all) -> new CallProcedure(ns, n, args, all, List.of(), Optional.empty(), S));
        Arbitrary<Clause> withYield = Combinators.combine(NameArbitraries.namespace(), NameArbitraries.namePart(),
                arguments, item.list().ofMinSize(1).ofMaxSize(2), ast.expressions().expression(depth).optional(0.3))
                .as((ns, n, args, items, w) -> new CallProcedure(ns, n, args, false, items, w, S));
        return Arbitraries.oneOf(noYield, withYield);
    }

    Arbitrary<GraphName> graphName() {
        return NameArbitraries.namePart().list().ofMinSize(1).ofMaxSize(3).map(parts -> new GraphName(parts, S));
    }

    /** A graph a query reads: a name, a view applied to names, or a view parameter. */
    Arbitrary<GraphName> graphReference() {
        Arbitrary<GraphName> parameter = NameArbitraries.namePart()
                .map(n -> new GraphName(List.of(n), List.of(), true, S));
        Arbitrary<GraphName> view = Combinators.combine(graphName(),
                Arbitraries.oneOf(graphName(), parameter).list().ofMaxSize(2))
                .as((g, args) -> new GraphName(g.parts(), args, false, S));
        return Arbitraries.frequencyOf(Tuple.of(3, graphName()), Tuple.of(1, parameter), Tuple.of(1, view));
    }

    private Arbitrary<Clause> construct(int depth) {
        Arbitrary<CloneItem> clone = Combinators.combine(ast.expressions().expression(depth),
                ast.expressions().variable().optional(0.5)).as((x, a) -> new CloneItem(x, a, S));
        Arbitrary<Clause> update = Arbitraries.oneOf(ast.patterns().pattern(depth).map(p -> new Create(p, S)),
                set(depth));
        return Combinators.combine(graphReference().list().ofMaxSize(2), clone.list().ofMaxSize(2),
                update.list().ofMaxSize(2)).as((on, clones, updates) -> new Construct(on, clones, updates, S));
    }
}
