package org.quiver.planner.logical;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.quiver.planner.expr.NamedExpr;
import org.quiver.planner.types.CypherType;

/** Rows that bind exactly {@code items} (the variables of {@code WITH} and {@code RETURN}). */
public record Project(LogicalOp input, List<NamedExpr> items) implements LogicalOp {
    public Project {
        Objects.requireNonNull(input, "input");
        items = List.copyOf(items);
    }

    public List<LogicalOp> children() {
        return List.of(input);
    }

    public LogicalOp withChildren(List<LogicalOp> children) {
        return new Project(children.get(0), items);
    }

    public Map<String, CypherType> variables() {
        Map<String, CypherType> vars = new LinkedHashMap<>();
        items.forEach(i -> vars.put(i.name(), i.expr().type()));
        return vars;
    }
}
