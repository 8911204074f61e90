package org.quiver.parser.ast;

import java.util.List;

/**
 * {@code CONSTRUCT [ON g, …] [CLONE x [AS y], …] (CREATE … | SET …)*}: a new graph made of the graphs
 * named in {@code on}, the cloned elements and the created ones. {@code updates} are {@link Create}
 * and {@link SetClause} clauses in the order written.
 */
public record Construct(List<GraphName> on, List<CloneItem> clones, List<Clause> updates, Span span)
        implements Clause {
    public Construct {
        on = List.copyOf(on);
        clones = List.copyOf(clones);
        updates = List.copyOf(updates);
        for (Clause update : updates) {
            if (!(update instanceof Create) && !(update instanceof SetClause)) {
                throw new IllegalArgumentException("CONSTRUCT holds CREATE and SET only, not " + update);
            }
        }
    }
}
