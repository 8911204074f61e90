package org.quiver.compile;

import java.util.List;
import org.quiver.api.PropertyGraph;
import org.quiver.api.SideEffects;

/** What a CREATE action made: the new graph version, the rows handed to the next part, the counts. */
record CreateOutcome(PropertyGraph graph, List<List<Object>> handedOver, SideEffects sideEffects) {
}
