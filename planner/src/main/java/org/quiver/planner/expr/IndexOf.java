package org.quiver.planner.expr;

import java.util.List;
import java.util.Objects;
import org.quiver.planner.types.CypherType;

/** {@code list[index]}: negative indexes count from the end; out of range is null. */
public record IndexOf(Expr list, Expr index, CypherType type) implements Expr {
    public IndexOf {
        Objects.requireNonNull(list, "list");
        Objects.requireNonNull(index, "index");
        Objects.requireNonNull(type, "type");
    }

    public List<Expr> children() {
        return List.of(list, index);
    }

    public Expr withChildren(List<Expr> children) {
        return new IndexOf(children.get(0), children.get(1), type);
    }
}
