package org.quiver.tck.run;

import java.util.Map;

/**
 * What the runner needs from an engine: an empty graph, and running a statement on a graph. The
 * graph type {@code G} stays opaque to the runner; {@link QuiverEngine} is the real one, tests
 * bring fakes.
 */
public interface TckEngine<G> {
    G emptyGraph();

    /**
     * Compiles (and may lazily run) a statement. Anything thrown here counts as raised at compile
     * time; anything thrown by {@link Execution#rows()} as raised at run time.
     */
    Execution<G> execute(G graph, String query, Map<String, Object> parameters);

    /**
     * This engine with a procedure given as a table (TCK step "there exists a procedure …"):
     * {@code signature} as the TCK writes it, each row a value per argument and output.
     *
     * @throws UnsupportedOperationException when the engine has no procedures
     */
    default TckEngine<G> withProcedure(String signature, java.util.List<Map<String, Object>> rows) {
        throw new UnsupportedOperationException("procedures are not supported");
    }
}
