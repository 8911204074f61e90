package org.quiver.planner.expr;

import java.util.List;
import java.util.Objects;
import org.quiver.planner.types.CypherType;

/** {@code entity.key} on a node or relationship variable. */
public record PropertyOf(VariableRef entity, String key, CypherType type) implements Expr {
    public PropertyOf {
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(type, "type");
    }

    public List<Expr> children() {
        return List.of(entity);
    }

    public Expr withChildren(List<Expr> children) {
        return new PropertyOf((VariableRef) children.get(0), key, type);
    }
}
