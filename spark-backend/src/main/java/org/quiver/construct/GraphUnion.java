package org.quiver.construct;

import java.util.List;
import org.quiver.api.PropertyGraph;

/**
 * {@code RETURN GRAPH … UNION ALL …}: the graphs side by side, ids made disjoint as {@link IdShift}
 * places them (the first graph keeps its ids). The same graph object twice is kept once.
 */
public final class GraphUnion {
    private GraphUnion() {
    }

    public static PropertyGraph of(List<PropertyGraph> graphs) {
        IdShift shift = new IdShift();
        graphs.forEach(shift::add);
        return shift.union();
    }
}
