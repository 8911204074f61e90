package org.quiver.planner.expr;

import java.util.Objects;

/** One key of an ordering. Ascending puts nulls last, descending first, as Cypher orders null above all. */
public record SortKey(Expr expr, boolean descending) {
    public SortKey {
        Objects.requireNonNull(expr, "expr");
    }
}
