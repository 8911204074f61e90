package org.quiver.planner.expr;

import java.util.List;
import java.util.Objects;
import org.quiver.planner.types.CypherType;

/**
 * A query parameter kept by name, where a plan must not depend on the parameter's value (the row
 * counts of SKIP and LIMIT): the backend reads the value when the query runs. {@code type} is the
 * type of the value the query was planned with.
 */
public record ParameterRef(String name, CypherType type) implements Expr {
    public ParameterRef {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }

    public List<Expr> children() {
        return List.of();
    }

    public Expr withChildren(List<Expr> children) {
        return this;
    }
}
