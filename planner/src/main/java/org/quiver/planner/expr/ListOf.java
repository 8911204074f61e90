package org.quiver.planner.expr;

import java.util.List;
import java.util.Objects;
import org.quiver.planner.types.CypherType;

/** {@code [a, b, …]} built from expressions. */
public record ListOf(List<Expr> elements, CypherType type) implements Expr {
    public ListOf {
        elements = List.copyOf(elements);
        Objects.requireNonNull(type, "type");
    }

    public List<Expr> children() {
        return elements;
    }

    public Expr withChildren(List<Expr> children) {
        return new ListOf(children, type);
    }
}
