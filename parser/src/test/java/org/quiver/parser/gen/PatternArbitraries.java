package org.quiver.parser.gen;

import static org.quiver.parser.gen.NameArbitraries.name;

import java.util.Optional;
import java.util.OptionalLong;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.quiver.parser.ast.Expression;
import org.quiver.parser.ast.LabelExpression;
import org.quiver.parser.ast.LengthRange;
import org.quiver.parser.ast.NodePattern;
import org.quiver.parser.ast.Pattern;
import org.quiver.parser.ast.PatternElement;
import org.quiver.parser.ast.PatternPart;
import org.quiver.parser.ast.PatternStep;
import org.quiver.parser.ast.RelationshipPattern;
import org.quiver.parser.ast.Span;

/** Patterns and label expressions; expressions inside them are one level shallower. */
final class PatternArbitraries {
    private static final Span S = Span.NONE;

    private final AstArbitraries ast;

    PatternArbitraries(AstArbitraries ast) {
        this.ast = ast;
    }

    Arbitrary<LabelExpression> labels(int depth) {
        Arbitrary<LabelExpression> leaf = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, name().map(n -> (LabelExpression) new LabelExpression.Name(n, S))),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(new LabelExpression.Wildcard(S))));
        if (depth == 0) {
            return leaf;
        }
        Arbitrary<LabelExpression> sub = Arbitraries.lazy(() -> labels(depth - 1));
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, leaf),
                net.jqwik.api.Tuple.of(1, sub.map(l -> new LabelExpression.Not(l, S))),
                net.jqwik.api.Tuple.of(1, Combinators.combine(sub, sub).as((l, r) -> new LabelExpression.And(l, r, S))),
                net.jqwik.api.Tuple.of(1, Combinators.combine(sub, sub).as((l, r) -> new LabelExpression.Or(l, r, S))));
    }

    private Arbitrary<Optional<Expression>> properties(int depth) {
        return Arbitraries.<Expression>oneOf(ast.expressions().map(depth), ast.expressions().parameter())
                .optional(0.3);
    }

    private Arbitrary<Optional<Expression>> where(int depth) {
        return ast.expressions().expression(depth).optional(0.2);
    }

    Arbitrary<NodePattern> node(int depth) {
        return Combinators.combine(ast.expressions().variable().optional(0.7), labels(1).optional(0.5),
                properties(depth), where(depth)).as((v, l, p, w) -> new NodePattern(v, l, p, w, S));
    }

    Arbitrary<RelationshipPattern> relationship(int depth) {
        Arbitrary<Optional<LengthRange>> length = Combinators.combine(
                Arbitraries.longs().between(0, 5).optional(), Arbitraries.longs().between(0, 5).optional())
                .as((min, max) -> new LengthRange(
                        min.map(OptionalLong::of).orElse(OptionalLong.empty()),
                        max.map(OptionalLong::of).orElse(OptionalLong.empty()), S))
                .optional(0.3);
        return Combinators.combine(ast.expressions().variable().optional(0.5),
                Arbitraries.of(RelationshipPattern.Direction.class), labels(1).optional(0.5), length,
                properties(depth), where(depth))
                .as((v, d, t, len, p, w) -> new RelationshipPattern(v, d, t, len, p, w, S));
    }

    /** A node and {@code minSteps} to 2 more hops. */
    Arbitrary<PatternElement> element(int depth, int minSteps) {
        int d = Math.max(0, depth);
        Arbitrary<PatternStep> step = Combinators.combine(relationship(d), node(d)).as(PatternStep::new);
        return Combinators.combine(node(d), step.list().ofMinSize(minSteps).ofMaxSize(2))
                .as((start, steps) -> new PatternElement(start, steps, S));
    }

    Arbitrary<PatternPart> part(int depth) {
        return Combinators.combine(ast.expressions().variable().optional(0.3),
                Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(6, Arbitraries.just(PatternPart.PathSelector.ALL)),
                        net.jqwik.api.Tuple.of(1, Arbitraries.of(PatternPart.PathSelector.class))),
                element(depth, 0)).as((v, s, e) -> new PatternPart(v, s, e, S));
    }

    Arbitrary<Pattern> pattern(int depth) {
        return part(depth).list().ofMinSize(1).ofMaxSize(2).map(parts -> new Pattern(parts, S));
    }
}
