package org.quiver.planner.logical;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.quiver.planner.types.CypherType;

/**
 * {@code OPTIONAL MATCH}: the rows of {@code inner} (the input extended by the pattern and its
 * {@code WHERE}, starting from {@link OuterRows}), and each input row that has no such extension,
 * once, with the pattern's new variables null.
 */
public record OptionalMatch(LogicalOp input, LogicalOp inner) implements LogicalOp {
    public OptionalMatch {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(inner, "inner");
    }

    public List<LogicalOp> children() {
        return List.of(input, inner);
    }

    public LogicalOp withChildren(List<LogicalOp> children) {
        return new OptionalMatch(children.get(0), children.get(1));
    }

    public Map<String, CypherType> variables() {
        return inner.variables();
    }
}
