package org.quiver.parser.gen;

import static org.quiver.parser.gen.NameArbitraries.name;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.quiver.parser.ast.BinaryExpression;
import org.quiver.parser.ast.BinaryOperator;
import org.quiver.parser.ast.BooleanLiteral;
import org.quiver.parser.ast.CaseExpression;
import org.quiver.parser.ast.CollectSubquery;
import org.quiver.parser.ast.CountStar;
import org.quiver.parser.ast.CountSubquery;
import org.quiver.parser.ast.ExistsSubquery;
import org.quiver.parser.ast.Expression;
import org.quiver.parser.ast.FloatLiteral;
import org.quiver.parser.ast.FunctionCall;
import org.quiver.parser.ast.HasLabels;
import org.quiver.parser.ast.IntegerLiteral;
import org.quiver.parser.ast.IsNull;
import org.quiver.parser.ast.ListComprehension;
import org.quiver.parser.ast.ListLiteral;
import org.quiver.parser.ast.MapLiteral;
import org.quiver.parser.ast.MapProjection;
import org.quiver.parser.ast.NullLiteral;
import org.quiver.parser.ast.Parameter;
import org.quiver.parser.ast.PatternComprehension;
import org.quiver.parser.ast.PatternExpression;
import org.quiver.parser.ast.PatternPart;
import org.quiver.parser.ast.PropertyAccess;
import org.quiver.parser.ast.Quantified;
import org.quiver.parser.ast.Reduce;
import org.quiver.parser.ast.ShortestPathExpression;
import org.quiver.parser.ast.Slice;
import org.quiver.parser.ast.Span;
import org.quiver.parser.ast.StringLiteral;
import org.quiver.parser.ast.Subscript;
import org.quiver.parser.ast.SubqueryBody;
import org.quiver.parser.ast.UnaryExpression;
import org.quiver.parser.ast.UnaryOperator;
import org.quiver.parser.ast.Variable;

/**
 * Expressions of bounded depth, every kind the AST has. Only ASTs the parser can produce: integer
 * literals are not negative (a minus is a UnaryExpression) except Long.MIN_VALUE, which the parser
 * folds; float literals are finite and not negative.
 */
final class ExpressionArbitraries {
    private static final Span S = Span.NONE;

    private final AstArbitraries ast;
    private final Map<Integer, Arbitrary<Expression>> byDepth = new HashMap<>();

    ExpressionArbitraries(AstArbitraries ast) {
        this.ast = ast;
    }

    Arbitrary<Expression> expression(int depth) {
        return byDepth.computeIfAbsent(Math.max(0, depth), d -> Arbitraries.lazy(() -> build(d)));
    }

    Arbitrary<Variable> variable() {
        return name().map(n -> new Variable(n, S));
    }

    Arbitrary<Parameter> parameter() {
        return NameArbitraries.parameterName().map(n -> new Parameter(n, S));
    }

    Arbitrary<MapLiteral> map(int depth) {
        return Combinators.combine(name(), expression(depth)).as((k, v) -> new MapLiteral.Entry(k, v, S))
                .list().ofMaxSize(3).map(entries -> new MapLiteral(entries, S));
    }

    private Arbitrary<Expression> build(int depth) {
        List<Tuple.Tuple2<Integer, Arbitrary<Expression>>> choices = new ArrayList<>();
        choices.add(Tuple.of(depth == 0 ? 10 : 3, leaf()));
        if (depth > 0) {
            Arbitrary<Expression> sub = expression(depth - 1);
            for (var composite : composites(depth, sub)) {
                choices.add(Tuple.of(1, composite.map(e -> (Expression) e)));
            }
        }
        return Arbitraries.frequencyOf(choices);
    }

    private Arbitrary<Expression> leaf() {
        return Arbitraries.<Expression>oneOf(
                Arbitraries.frequencyOf(Tuple.of(9, Arbitraries.longs().between(0, Long.MAX_VALUE)),
                        Tuple.of(1, Arbitraries.of(Long.MIN_VALUE, 0L, Long.MAX_VALUE)))
                        .map(v -> new IntegerLiteral(v, S)),
                Arbitraries.doubles().between(0, 1e300).filter(d -> !d.equals(-0.0)).map(v -> new FloatLiteral(v, S)),
                Arbitraries.strings().ofMaxLength(8).map(v -> new StringLiteral(v, S)),
                Arbitraries.of(true, false).map(v -> new BooleanLiteral(v, S)),
                Arbitraries.just(new NullLiteral(S)),
                Arbitraries.just(new CountStar(S)),
                parameter(),
                variable());
    }

    private List<Arbitrary<? extends Expression>> composites(int depth, Arbitrary<Expression> sub) {
        var patterns = ast.patterns();
        Arbitrary<Optional<Expression>> optionalSub = sub.optional();
        List<Arbitrary<? extends Expression>> all = new ArrayList<>(List.of(
                Combinators.combine(Arbitraries.of(BinaryOperator.class), sub, sub)
                        .as((op, l, r) -> new BinaryExpression(op, l, r, S)),
                Combinators.combine(Arbitraries.of(UnaryOperator.class), sub)
                        .as((op, e) -> new UnaryExpression(op, e, S)),
                Combinators.combine(sub, Arbitraries.of(true, false)).as((e, n) -> new IsNull(e, n, S)),
                Combinators.combine(sub, patterns.labels(2)).as((e, l) -> new HasLabels(e, l, S)),
                Combinators.combine(sub, name()).as((e, k) -> new PropertyAccess(e, k, S)),
                Combinators.combine(sub, sub).as((e, i) -> new Subscript(e, i, S)),
                Combinators.combine(sub, optionalSub, optionalSub).as((e, f, t) -> new Slice(e, f, t, S)),
                Combinators.combine(NameArbitraries.namespace(), NameArbitraries.functionName(),
                        Arbitraries.of(true, false), sub.list().ofMaxSize(3))
                        .as((ns, n, d, args) -> new FunctionCall(ns, n, d, args, S)),
                Combinators.combine(optionalSub,
                        Combinators.combine(sub, sub).as((c, r) -> new CaseExpression.When(c, r, S))
                                .list().ofMinSize(1).ofMaxSize(2),
                        optionalSub).as((s, w, o) -> new CaseExpression(s, w, o, S)),
                sub.list().ofMaxSize(3).map(l -> new ListLiteral(l, S)),
                map(depth - 1),
                Combinators.combine(variable(), sub, optionalSub, optionalSub)
                        .as((v, l, w, p) -> new ListComprehension(v, l, w, p, S)),
                Combinators.combine(variable().optional(), patterns.element(depth - 1, 1), optionalSub, sub)
                        .as((v, p, w, e) -> new PatternComprehension(v, p, w, e, S)),
                Combinators.combine(Arbitraries.of(Quantified.Quantifier.class), variable(), sub, optionalSub)
                        .as((q, v, l, w) -> new Quantified(q, v, l, w, S)),
                Combinators.combine(variable(), sub, variable(), sub, sub)
                        .as((a, i, v, l, e) -> new Reduce(a, i, v, l, e, S)),
                patterns.element(depth - 1, 1).map(p -> new PatternExpression(p, S)),
                Combinators.combine(variable(), mapProjectionItem(sub).list().ofMaxSize(3))
                        .as((v, items) -> new MapProjection(v, items, S)),
                Combinators.combine(Arbitraries.of(PatternPart.PathSelector.SHORTEST,
                        PatternPart.PathSelector.ALL_SHORTEST), patterns.element(depth - 1, 0))
                        .as((s, e) -> new ShortestPathExpression(new PatternPart(Optional.empty(), s, e, S), S))));
        if (depth >= 2) {
            all.add(body(depth).map(b -> new ExistsSubquery(b, S)));
            all.add(body(depth).map(b -> new CountSubquery(b, S)));
            all.add(ast.clauses().query(depth - 2, false).map(q -> new CollectSubquery(q, S)));
        }
        return all;
    }

    private Arbitrary<SubqueryBody> body(int depth) {
        return Arbitraries.<SubqueryBody>oneOf(
                Combinators.combine(ast.patterns().pattern(depth - 2), expression(depth - 2).optional())
                        .as((p, w) -> new SubqueryBody.PatternBody(p, w, S)),
                ast.clauses().query(depth - 2, false).map(q -> new SubqueryBody.QueryBody(q, S)));
    }

    private Arbitrary<MapProjection.Item> mapProjectionItem(Arbitrary<Expression> sub) {
        return Arbitraries.<MapProjection.Item>oneOf(
                name().map(k -> new MapProjection.PropertySelector(k, S)),
                Arbitraries.just(new MapProjection.AllProperties(S)),
                variable().map(v -> new MapProjection.VariableSelector(v, S)),
                Combinators.combine(name(), sub).as((k, v) -> new MapProjection.LiteralEntry(k, v, S)));
    }
}
