package org.quiver.planner.expr;

import java.util.List;
import java.util.Objects;
import org.quiver.planner.types.CypherType;

/** A column of the input relation (relational plans only). */
public record ColumnRef(String column, CypherType type) implements Expr {
    public ColumnRef {
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(type, "type");
    }

    public List<Expr> children() {
        return List.of();
    }

    public Expr withChildren(List<Expr> children) {
        return this;
    }
}
