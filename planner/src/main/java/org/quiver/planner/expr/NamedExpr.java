package org.quiver.planner.expr;

import java.util.Objects;

/** An expression and the name of the variable or column it defines. */
public record NamedExpr(String name, Expr expr) {
    public NamedExpr {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(expr, "expr");
    }
}
