package org.quiver.planner.expr;

import java.util.List;
import java.util.Objects;
import org.quiver.planner.types.CypherType;

/** Whether the node {@code node} (its labels, after lowering) has {@code label}. */
public record HasLabel(Expr node, String label) implements Expr {
    public HasLabel {
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(label, "label");
    }

    public CypherType type() {
        return CypherType.BOOLEAN;
    }

    public List<Expr> children() {
        return List.of(node);
    }

    public Expr withChildren(List<Expr> children) {
        return new HasLabel(children.get(0), label);
    }
}
