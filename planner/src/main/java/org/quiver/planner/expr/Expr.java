package org.quiver.planner.expr;

import java.util.List;
import org.quiver.planner.types.CypherType;

/**
 * A bound, typed expression. The logical plan refers to variables ({@link VariableRef},
 * {@link PropertyOf}); lowering to the relational plan replaces them with {@link ColumnRef}s and
 * entity constructors, so a backend only ever sees columns.
 */
public sealed interface Expr
        permits Literal, VariableRef, PropertyOf, ColumnRef, Binary, Unary, NullCheck, HasLabel, ScalarCall,
                AggregateCall, ListOf, MapOf, CaseWhen, NodeValue, RelationshipValue, LambdaVariable, ListPredicate,
                ListComprehensionOf, ReduceOf, IndexOf, FieldOf, SliceOf, PathOf, PathValue, ParameterRef {

    CypherType type();

    List<Expr> children();

    Expr withChildren(List<Expr> children);

    /** Applies {@code f} bottom-up. */
    default Expr transformUp(java.util.function.UnaryOperator<Expr> f) {
        List<Expr> kids = children();
        Expr self = this;
        if (!kids.isEmpty()) {
            List<Expr> mapped = kids.stream().map(k -> k.transformUp(f)).toList();
            if (!mapped.equals(kids)) {
                self = withChildren(mapped);
            }
        }
        return f.apply(self);
    }

    /** Every node of the tree, this one first. */
    default java.util.stream.Stream<Expr> descendants() {
        return java.util.stream.Stream.concat(
                java.util.stream.Stream.of(this), children().stream().flatMap(Expr::descendants));
    }
}
