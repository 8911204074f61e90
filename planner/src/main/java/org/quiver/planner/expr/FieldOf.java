package org.quiver.planner.expr;

import java.util.List;
import java.util.Objects;
import org.quiver.planner.types.CypherType;

/** {@code map.key} on a map whose keys are known; the key is one of them. */
public record FieldOf(Expr map, String key, CypherType type) implements Expr {
    public FieldOf {
        Objects.requireNonNull(map, "map");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(type, "type");
    }

    public List<Expr> children() {
        return List.of(map);
    }

    public Expr withChildren(List<Expr> children) {
        return new FieldOf(children.get(0), key, type);
    }
}
