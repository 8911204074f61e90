package org.quiver.planner.expr;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.quiver.planner.types.CypherType;

/** {@code CASE WHEN c1 THEN r1 … ELSE otherwise END} (the simple form is rewritten to this one). */
public record CaseWhen(List<Expr> conditions, List<Expr> results, Expr otherwise, CypherType type) implements Expr {
    public CaseWhen {
        conditions = List.copyOf(conditions);
        results = List.copyOf(results);
        Objects.requireNonNull(otherwise, "otherwise");
        Objects.requireNonNull(type, "type");
        if (conditions.size() != results.size() || conditions.isEmpty()) {
            throw new IllegalArgumentException("one result per condition, at least one");
        }
    }

    public List<Expr> children() {
        List<Expr> all = new ArrayList<>(conditions);
        all.addAll(results);
        all.add(otherwise);
        return all;
    }

    public Expr withChildren(List<Expr> children) {
        int n = conditions.size();
        return new CaseWhen(children.subList(0, n), children.subList(n, 2 * n), children.get(2 * n), type);
    }
}
