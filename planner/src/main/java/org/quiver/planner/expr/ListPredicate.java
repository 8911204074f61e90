package org.quiver.planner.expr;

import java.util.List;
import java.util.Objects;
import org.quiver.planner.types.CypherType;

/** {@code all|any|none|single(variable IN list WHERE predicate)}, with Cypher's three-valued logic. */
public record ListPredicate(Kind kind, String variable, Expr list, Expr predicate) implements Expr {
    public ListPredicate {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(variable, "variable");
        Objects.requireNonNull(list, "list");
        Objects.requireNonNull(predicate, "predicate");
    }

    public enum Kind {
        ALL, ANY, NONE, SINGLE
    }

    public CypherType type() {
        return CypherType.BOOLEAN;
    }

    public List<Expr> children() {
        return List.of(list, predicate);
    }

    public Expr withChildren(List<Expr> children) {
        return new ListPredicate(kind, variable, children.get(0), children.get(1));
    }
}
