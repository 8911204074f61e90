package org.quiver.planner.logical;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.quiver.planner.types.CypherType;

/** Every pair of rows of two inputs that bind disjoint variables. */
public record CartesianProduct(LogicalOp left, LogicalOp right) implements LogicalOp {
    public CartesianProduct {
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(right, "right");
    }

    public List<LogicalOp> children() {
        return List.of(left, right);
    }

    public LogicalOp withChildren(List<LogicalOp> children) {
        return new CartesianProduct(children.get(0), children.get(1));
    }

    public Map<String, CypherType> variables() {
        Map<String, CypherType> vars = new LinkedHashMap<>(left.variables());
        vars.putAll(right.variables());
        return vars;
    }
}
