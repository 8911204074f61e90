package org.quiver.planner.logical;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.quiver.planner.types.CypherType;

/**
 * Inside an {@link OptionalMatch}: the rows of its input, which the optional pattern extends.
 * Lowering gives it the input's own relation, so both sides of the optional match share it.
 */
public record OuterRows(Map<String, CypherType> variables) implements LogicalOp {
    public OuterRows {
        variables = Collections.unmodifiableMap(new LinkedHashMap<>(variables));
    }

    public List<LogicalOp> children() {
        return List.of();
    }

    public LogicalOp withChildren(List<LogicalOp> children) {
        return this;
    }
}
