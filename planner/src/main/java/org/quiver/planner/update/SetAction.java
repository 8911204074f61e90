package org.quiver.planner.update;

import java.util.List;
import java.util.Set;

/**
 * {@code SET} or {@code REMOVE}: the items applied in order, row by row. {@code relationshipTargets}
 * are the target columns that hold relationship ids (the others hold node ids).
 */
public record SetAction(String clauseName, List<EntityUpdate> items, Set<String> relationshipTargets)
        implements UpdateAction {
    public SetAction {
        items = List.copyOf(items);
        relationshipTargets = Set.copyOf(relationshipTargets);
    }
}
