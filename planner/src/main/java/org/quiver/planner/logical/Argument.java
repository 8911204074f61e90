package org.quiver.planner.logical;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.quiver.planner.types.CypherType;

/**
 * Rows handed over from an earlier part of the statement (after its updates ran): nodes and
 * relationships by id, other variables by value.
 */
public record Argument(Map<String, CypherType> variables) implements LogicalOp {
    public Argument {
        variables = Collections.unmodifiableMap(new LinkedHashMap<>(variables));
    }

    /**
     * The hidden variable that hands over the type of relationship {@code variable} beside its id:
     * a relationship deleted by the earlier part is no longer in the graph, yet {@code type(r)} is defined.
     */
    public static String relationshipType(String variable) {
        return "  type of " + variable;
    }

    /**
     * The hidden variable that tells whether the update of the earlier part deleted entity
     * {@code variable}: its properties and labels can no longer be read (the executor sets it).
     */
    public static String deletedFlag(String variable) {
        return "  deleted " + variable;
    }

    public List<LogicalOp> children() {
        return List.of();
    }

    public LogicalOp withChildren(List<LogicalOp> children) {
        return this;
    }
}
