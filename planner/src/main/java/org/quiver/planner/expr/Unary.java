package org.quiver.planner.expr;

import java.util.List;
import java.util.Objects;
import org.quiver.planner.types.CypherType;

/** {@code NOT x} or {@code -x}. */
public record Unary(Op op, Expr operand, CypherType type) implements Expr {
    public Unary {
        Objects.requireNonNull(op, "op");
        Objects.requireNonNull(operand, "operand");
        Objects.requireNonNull(type, "type");
    }

    public enum Op {
        NOT, NEGATE
    }

    public List<Expr> children() {
        return List.of(operand);
    }

    public Expr withChildren(List<Expr> children) {
        return new Unary(op, children.get(0), type);
    }
}
