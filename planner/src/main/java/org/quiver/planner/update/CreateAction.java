package org.quiver.planner.update;

import java.util.List;

/**
 * What the {@code CREATE} clauses at the end of a statement part make for each input row, in
 * order: nodes first within each pattern element, relationships after their ends.
 */
public record CreateAction(List<NodeToCreate> nodes, List<RelationshipToCreate> relationships)
        implements UpdateAction {
    public CreateAction {
        nodes = List.copyOf(nodes);
        relationships = List.copyOf(relationships);
    }

    public String clauseName() {
        return "CREATE";
    }
}
