package org.quiver.planner.expr;

import java.util.List;
import java.util.Objects;
import org.quiver.planner.types.CypherType;

/** A variable bound by an earlier operator. */
public record VariableRef(String name, CypherType type) implements Expr {
    public VariableRef {
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
