package org.quiver.planner.logical;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.quiver.planner.types.CypherType;

/**
 * The pairs of rows of two inputs that bind the same node to each of {@code nodes}, the variables
 * both bind; every other variable is bound by one side only. Join order plans a pattern as two
 * halves meeting at their shared nodes with it (a cycle split into two paths, say).
 */
public record NodeHashJoin(LogicalOp left, LogicalOp right, List<String> nodes) implements LogicalOp {
    public NodeHashJoin {
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(right, "right");
        nodes = List.copyOf(nodes);
        if (nodes.isEmpty()) {
            throw new IllegalArgumentException("a node join needs a shared node; without one it is a product");
        }
    }

    public List<LogicalOp> children() {
        return List.of(left, right);
    }

    public LogicalOp withChildren(List<LogicalOp> children) {
        return new NodeHashJoin(children.get(0), children.get(1), nodes);
    }

    public Map<String, CypherType> variables() {
        Map<String, CypherType> vars = new LinkedHashMap<>(left.variables());
        right.variables().forEach(vars::putIfAbsent);
        return vars;
    }
}
