package org.quiver.planner.expr;

import java.util.List;
import java.util.Objects;
import org.quiver.planner.types.CypherType;

/** {@code {k: v, …}} built from expressions; keys in the order written. */
public record MapOf(List<String> keys, List<Expr> values) implements Expr {
    public MapOf {
        keys = List.copyOf(keys);
        values = List.copyOf(values);
        if (keys.size() != values.size()) {
            throw new IllegalArgumentException("a key for every value");
        }
    }

    public CypherType type() {
        java.util.Map<String, CypherType> fields = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            fields.put(keys.get(i), values.get(i).type());
        }
        return new CypherType.MapOf(fields);
    }

    public List<Expr> children() {
        return values;
    }

    public Expr withChildren(List<Expr> children) {
        return new MapOf(keys, children);
    }
}
