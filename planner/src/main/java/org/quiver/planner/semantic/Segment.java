package org.quiver.planner.semantic;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.quiver.planner.logical.LogicalOp;
import org.quiver.planner.types.CypherType;
import org.quiver.planner.update.UpdateAction;

/**
 * One part of a statement: a read plan whose rows are either the result ({@code update} empty) or
 * feed the update action (CREATE, SET, REMOVE, DELETE, MERGE) that ends the part. After an
 * action, {@code handedOver} names the variables the next part's {@link org.quiver.planner.logical.Argument} starts with, in order:
 * the ones carried from the plan's columns, then the ones the action binds.
 */
public record Segment(LogicalOp plan, List<String> columns, Optional<UpdateAction> update,
        Map<String, CypherType> handedOver) {
    public Segment {
        Objects.requireNonNull(plan, "plan");
        columns = List.copyOf(columns);
        Objects.requireNonNull(update, "update");
        handedOver = Collections.unmodifiableMap(new LinkedHashMap<>(handedOver));
    }
}
