package org.quiver.tck.run;

import java.util.List;
import org.quiver.api.SideEffects;

/** A compiled statement: its columns, its rows (computed on first call), the graph after it, its side effects. */
public interface Execution<G> {
    List<String> columns();

    List<List<Object>> rows();

    G graph();

    SideEffects sideEffects();
}
