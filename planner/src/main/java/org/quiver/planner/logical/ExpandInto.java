package org.quiver.planner.logical;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.quiver.planner.types.CypherType;

/** Like {@link Expand}, between two nodes that are both bound already (closing a cycle). */
public record ExpandInto(
        LogicalOp input, String from, String relationship, List<String> types, ExpandDirection direction, String to)
        implements LogicalOp {
    public ExpandInto {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(relationship, "relationship");
        types = List.copyOf(types);
        Objects.requireNonNull(direction, "direction");
        if (!input.variables().containsKey(from) || !input.variables().containsKey(to)) {
            throw new IllegalArgumentException("expand-into needs both ends bound");
        }
    }

    public List<LogicalOp> children() {
        return List.of(input);
    }

    public LogicalOp withChildren(List<LogicalOp> children) {
        return new ExpandInto(children.get(0), from, relationship, types, direction, to);
    }

    public Map<String, CypherType> variables() {
        Map<String, CypherType> vars = new LinkedHashMap<>(input.variables());
        vars.put(relationship, CypherType.RELATIONSHIP);
        return vars;
    }
}
