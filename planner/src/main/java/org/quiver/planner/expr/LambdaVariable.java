package org.quiver.planner.expr;

import java.util.List;
import java.util.Objects;
import org.quiver.planner.types.CypherType;

/** The element variable of a list predicate or comprehension, bound per element, not per row. */
public record LambdaVariable(String name, CypherType type) implements Expr {
    public LambdaVariable {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }

    public List<Expr> children() {
        return List.of();
    }

    public Expr withChildren(List<Expr> children) {
        return this;
    }
}
