package org.quiver.planner.expr;

import java.util.List;
import java.util.Objects;
import org.quiver.planner.types.CypherType;

/** {@code [variable IN list WHERE predicate | projection]}; an absent predicate is {@code true}, an absent projection the element. */
public record ListComprehensionOf(String variable, Expr list, Expr predicate, Expr projection, CypherType type)
        implements Expr {
    public ListComprehensionOf {
        Objects.requireNonNull(variable, "variable");
        Objects.requireNonNull(list, "list");
        Objects.requireNonNull(predicate, "predicate");
        Objects.requireNonNull(projection, "projection");
        Objects.requireNonNull(type, "type");
    }

    public List<Expr> children() {
        return List.of(list, predicate, projection);
    }

    public Expr withChildren(List<Expr> children) {
        return new ListComprehensionOf(variable, children.get(0), children.get(1), children.get(2), type);
    }
}
