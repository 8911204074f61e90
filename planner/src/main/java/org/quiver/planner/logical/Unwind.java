package org.quiver.planner.logical;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.quiver.planner.expr.Expr;
import org.quiver.planner.types.CypherType;

/** One row per element of {@code list} (none for an empty list or null), the element bound to {@code variable}. */
public record Unwind(LogicalOp input, Expr list, String variable, CypherType elementType) implements LogicalOp {
    public Unwind {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(list, "list");
        Objects.requireNonNull(variable, "variable");
        Objects.requireNonNull(elementType, "elementType");
    }

    public List<LogicalOp> children() {
        return List.of(input);
    }

    public LogicalOp withChildren(List<LogicalOp> children) {
        return new Unwind(children.get(0), list, variable, elementType);
    }

    public Map<String, CypherType> variables() {
        Map<String, CypherType> vars = new LinkedHashMap<>(input.variables());
        vars.put(variable, elementType);
        return vars;
    }
}
