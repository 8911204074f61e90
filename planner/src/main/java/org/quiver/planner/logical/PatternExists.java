package org.quiver.planner.logical;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.quiver.planner.types.CypherType;

/**
 * A pattern used as a predicate ({@code WHERE (a)-[:KNOWS]->(b)}): every input row, with
 * {@code flag} true when {@code inner} (the row extended by the pattern, from {@link OuterRows})
 * has at least one row for it.
 */
public record PatternExists(LogicalOp input, LogicalOp inner, String flag) implements LogicalOp {
    public PatternExists {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(inner, "inner");
        Objects.requireNonNull(flag, "flag");
    }

    public List<LogicalOp> children() {
        return List.of(input, inner);
    }

    public LogicalOp withChildren(List<LogicalOp> children) {
        return new PatternExists(children.get(0), children.get(1), flag);
    }

    public Map<String, CypherType> variables() {
        Map<String, CypherType> vars = new LinkedHashMap<>(input.variables());
        vars.put(flag, CypherType.BOOLEAN);
        return vars;
    }
}
