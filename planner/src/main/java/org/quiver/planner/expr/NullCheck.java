package org.quiver.planner.expr;

import java.util.List;
import java.util.Objects;
import org.quiver.planner.types.CypherType;

/** {@code x IS NULL} or, negated, {@code x IS NOT NULL}. */
public record NullCheck(Expr operand, boolean negated) implements Expr {
    public NullCheck {
        Objects.requireNonNull(operand, "operand");
    }

    public CypherType type() {
        return CypherType.BOOLEAN;
    }

    public List<Expr> children() {
        return List.of(operand);
    }

    public Expr withChildren(List<Expr> children) {
        return new NullCheck(children.get(0), negated);
    }
}
