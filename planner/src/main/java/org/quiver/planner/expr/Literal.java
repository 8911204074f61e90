package org.quiver.planner.expr;

import java.util.List;
import java.util.Objects;
import org.quiver.planner.types.CypherType;

/**
 * A constant: {@code Long}, {@code Double}, {@code String}, {@code Boolean}, {@code null},
 * {@code List} or {@code Map} of those.
 */
public record Literal(Object value, CypherType type) implements Expr {
    public Literal {
        Objects.requireNonNull(type, "type");
    }

    public static Literal ofNull() {
        return new Literal(null, CypherType.NULL);
    }

    public static Literal of(boolean b) {
        return new Literal(b, CypherType.BOOLEAN);
    }

    public static Literal of(long l) {
        return new Literal(l, CypherType.INTEGER);
    }

    public List<Expr> children() {
        return List.of();
    }

    public Expr withChildren(List<Expr> children) {
        return this;
    }
}
