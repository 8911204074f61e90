package org.quiver.planner.logical;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.quiver.planner.expr.Expr;
import org.quiver.planner.types.CypherType;

/**
 * A pattern comprehension ({@code [(a)-->(b) WHERE … | b.name]}): every input row, with {@code list}
 * holding {@code projection} for each row {@code inner} (the input row extended by the pattern,
 * from {@link OuterRows}) has for it — empty when it has none.
 */
public record PatternCollect(LogicalOp input, LogicalOp inner, Expr projection, String list) implements LogicalOp {
    public PatternCollect {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(inner, "inner");
        Objects.requireNonNull(projection, "projection");
        Objects.requireNonNull(list, "list");
    }

    public List<LogicalOp> children() {
        return List.of(input, inner);
    }

    public LogicalOp withChildren(List<LogicalOp> children) {
        return new PatternCollect(children.get(0), children.get(1), projection, list);
    }

    public Map<String, CypherType> variables() {
        Map<String, CypherType> vars = new LinkedHashMap<>(input.variables());
        vars.put(list, CypherType.listOf(projection.type()));
        return vars;
    }
}
