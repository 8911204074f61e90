package org.quiver.planner.update;

import java.util.List;

/**
 * {@code [DETACH] DELETE}: each column holds a node, a relationship, a path, a list of these, or
 * null (nothing to delete).
 */
public record DeleteAction(boolean detach, List<String> columns) implements UpdateAction {
    public DeleteAction {
        columns = List.copyOf(columns);
    }

    public String clauseName() {
        return detach ? "DETACH DELETE" : "DELETE";
    }
}
