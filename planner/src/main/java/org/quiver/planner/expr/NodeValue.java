package org.quiver.planner.expr;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.quiver.planner.types.CypherType;

/**
 * A node as a value (relational plans only): built from its id column, its labels column and one
 * expression per property key, in {@code keys} order.
 */
public record NodeValue(Expr id, Expr labels, List<String> keys, List<Expr> properties) implements Expr {
    public NodeValue {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(labels, "labels");
        keys = List.copyOf(keys);
        properties = List.copyOf(properties);
    }

    public CypherType type() {
        return CypherType.NODE;
    }

    public List<Expr> children() {
        List<Expr> all = new ArrayList<>(List.of(id, labels));
        all.addAll(properties);
        return all;
    }

    public Expr withChildren(List<Expr> children) {
        return new NodeValue(children.get(0), children.get(1), keys, children.subList(2, children.size()));
    }
}
