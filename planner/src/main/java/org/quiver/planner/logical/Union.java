package org.quiver.planner.logical;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.quiver.planner.types.CypherType;

/**
 * {@code UNION} ({@code distinct}) or {@code UNION ALL} of query parts that return the same
 * columns, named {@code columns}, in the same order.
 */
public record Union(List<LogicalOp> parts, List<String> columns, boolean distinct) implements LogicalOp {
    public Union {
        parts = List.copyOf(parts);
        columns = List.copyOf(columns);
        if (parts.size() < 2) {
            throw new IllegalArgumentException("a union has at least two parts");
        }
    }

    public List<LogicalOp> children() {
        return parts;
    }

    public LogicalOp withChildren(List<LogicalOp> children) {
        return new Union(children, columns, distinct);
    }

    public Map<String, CypherType> variables() {
        Map<String, CypherType> vars = new LinkedHashMap<>();
        for (String column : columns) {
            CypherType type = CypherType.NULL;
            for (LogicalOp part : parts) {
                type = type.join(part.variables().get(column));
            }
            vars.put(column, type);
        }
        return vars;
    }
}
