package org.quiver.parser.gen;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import org.quiver.parser.ast.CreateGraph;
import org.quiver.parser.ast.CreateView;
import org.quiver.parser.ast.DropGraph;
import org.quiver.parser.ast.Expression;
import org.quiver.parser.ast.Span;
import org.quiver.parser.ast.Statement;

/**
 * Generated ASTs with {@link Span#NONE} everywhere, for the parse ∘ print round trip. The three
 * families refer to each other (patterns hold expressions, expressions hold subqueries), so they
 * share this one entry point.
 */
public final class AstArbitraries {
    private final ExpressionArbitraries expressions = new ExpressionArbitraries(this);
    private final PatternArbitraries patterns = new PatternArbitraries(this);
    private final ClauseArbitraries clauses = new ClauseArbitraries(this);

    ExpressionArbitraries expressions() {
        return expressions;
    }

    PatternArbitraries patterns() {
        return patterns;
    }

    ClauseArbitraries clauses() {
        return clauses;
    }

    public Arbitrary<Expression> expression(int depth) {
        return expressions.expression(depth);
    }

    /** Mostly queries, sometimes a catalog statement. */
    public Arbitrary<Statement> statement(int depth) {
        var name = clauses.graphName();
        var query = clauses.query(depth, true);
        var nested = clauses.query(depth, false);
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(12, query.map(q -> (Statement) q)),
                net.jqwik.api.Tuple.of(1, net.jqwik.api.Combinators.combine(name, nested)
                        .as((n, q) -> (Statement) new CreateGraph(n, q, Span.NONE))),
                net.jqwik.api.Tuple.of(1, net.jqwik.api.Combinators.combine(name,
                        expressions.parameter().list().ofMaxSize(2), nested)
                        .as((n, p, q) -> (Statement) new CreateView(n, p, q, Span.NONE))),
                net.jqwik.api.Tuple.of(1, name.map(n -> (Statement) new DropGraph(n, Span.NONE))));
    }
}
