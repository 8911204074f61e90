package org.quiver.planner.expr;

import java.util.List;
import java.util.Objects;
import org.quiver.planner.types.CypherType;

/** A scalar function, by its canonical lower-case name ({@code tolower}, {@code size}, …). */
public record ScalarCall(String function, List<Expr> arguments, CypherType type) implements Expr {
    public ScalarCall {
        Objects.requireNonNull(function, "function");
        arguments = List.copyOf(arguments);
        Objects.requireNonNull(type, "type");
    }

    public List<Expr> children() {
        return arguments;
    }

    public Expr withChildren(List<Expr> children) {
        return new ScalarCall(function, children, type);
    }
}
