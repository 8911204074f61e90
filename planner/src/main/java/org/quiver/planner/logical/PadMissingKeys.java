package org.quiver.planner.logical;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.quiver.planner.types.CypherType;

/**
 * Below an aggregation without grouping keys inside a {@code CALL { … }} subquery: the input rows
 * with {@code marker} true, plus one row for each imported value combination (the rows of the
 * enclosing {@link OuterRows}) that has no input row, holding only its {@code keys}, everything
 * else and {@code marker} null. The aggregation reads its arguments only where {@code marker} is
 * set, so such a row aggregates nothing yet still gives its group a row (count 0, an empty list).
 */
public record PadMissingKeys(LogicalOp input, List<String> keys, String marker) implements LogicalOp {
    public PadMissingKeys {
        Objects.requireNonNull(input, "input");
        keys = List.copyOf(keys);
        Objects.requireNonNull(marker, "marker");
    }

    public List<LogicalOp> children() {
        return List.of(input);
    }

    public LogicalOp withChildren(List<LogicalOp> children) {
        return new PadMissingKeys(children.get(0), keys, marker);
    }

    public Map<String, CypherType> variables() {
        Map<String, CypherType> vars = new LinkedHashMap<>(input.variables());
        vars.put(marker, CypherType.BOOLEAN);
        return vars;
    }
}
