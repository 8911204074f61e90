package org.quiver.planner.logical;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.quiver.planner.types.CypherType;

/**
 * From the bound node {@code from}, follows relationships of {@code types} (any type when empty)
 * in {@code direction}, binding the relationship and the node {@code to} (which must have
 * {@code toLabels}).
 */
public record Expand(
        LogicalOp input, String from, String relationship, List<String> types, ExpandDirection direction, String to,
        Set<String> toLabels) implements LogicalOp {
    public Expand {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(relationship, "relationship");
        types = List.copyOf(types);
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(to, "to");
        toLabels = java.util.Collections.unmodifiableSet(new TreeSet<>(toLabels));
        if (!input.variables().containsKey(from)) {
            throw new IllegalArgumentException("expand from unbound " + from);
        }
    }

    public List<LogicalOp> children() {
        return List.of(input);
    }

    public LogicalOp withChildren(List<LogicalOp> children) {
        return new Expand(children.get(0), from, relationship, types, direction, to, toLabels);
    }

    public Map<String, CypherType> variables() {
        Map<String, CypherType> vars = new LinkedHashMap<>(input.variables());
        vars.put(relationship, CypherType.RELATIONSHIP);
        vars.put(to, CypherType.NODE);
        return vars;
    }
}
