package org.quiver.planner.update;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * {@code MERGE}: for each row, the matches of {@code pattern} in the graph as it is at that row
 * (rows before it may have created what it finds); when there is none, the pattern is created.
 * Nodes bound before the clause are not in {@code pattern.nodes()}: the row holds their ids.
 * Relationships named in {@code undirected} match either way round (and are created as written).
 */
public record MergeAction(CreateAction pattern, Set<String> undirected, List<EntityUpdate> onCreate,
        List<EntityUpdate> onMatch, Set<String> relationshipTargets) implements UpdateAction {
    public MergeAction {
        Objects.requireNonNull(pattern, "pattern");
        undirected = Set.copyOf(undirected);
        onCreate = List.copyOf(onCreate);
        onMatch = List.copyOf(onMatch);
        relationshipTargets = Set.copyOf(relationshipTargets);
    }

    public String clauseName() {
        return "MERGE";
    }
}
