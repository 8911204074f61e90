package org.quiver.planner.update;

import java.util.Objects;
import org.quiver.parser.ast.GraphName;

/**
 * {@code FROM GRAPH g} (or {@code USE g}) after other clauses: the rows so far, values only, are
 * handed to the next part, which reads {@code graph}. The graph is not changed.
 */
public record SwitchGraph(GraphName graph) implements UpdateAction {
    public SwitchGraph {
        Objects.requireNonNull(graph, "graph");
    }

    public String clauseName() {
        return "FROM GRAPH";
    }
}
