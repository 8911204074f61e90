package org.quiver.compile;

import java.util.List;
import org.quiver.api.PropertyGraph;
import org.quiver.api.SideEffects;

/** What an update action did: the new graph version, the rows handed to the next part, the counts. */
record UpdateOutcome(PropertyGraph graph, List<List<Object>> handedOver, SideEffects sideEffects) {
}
