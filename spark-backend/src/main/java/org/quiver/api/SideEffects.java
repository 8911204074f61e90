package org.quiver.api;

/**
 * What an updating statement changed, counted as the openCypher TCK counts it.
 *
 * <pre>{@code
 * CypherResult r = session.cypher(graph, "CREATE (:Person {name: 'Ann'})");
 * r.sideEffects().nodesCreated();   // 1
 * PropertyGraph next = r.graph();   // the new version; graph is unchanged
 * }</pre>
 */
public record SideEffects(long nodesCreated, long nodesDeleted, long relationshipsCreated,
        long relationshipsDeleted, long propertiesSet, long labelsAdded, long labelsRemoved) {
    public static final SideEffects NONE = new SideEffects(0, 0, 0, 0, 0, 0, 0);

    public boolean isEmpty() {
        return equals(NONE);
    }
}
