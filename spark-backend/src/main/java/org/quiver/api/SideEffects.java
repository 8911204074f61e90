package org.quiver.api;

/**
 * What an updating statement changed, counted as the openCypher TCK counts it: properties set and
 * removed are the (element, key, value) triples the graph gained and lost; labels added and removed
 * are label names that came into or went out of use.
 *
 * <pre>{@code
 * CypherResult r = session.cypher(graph, "CREATE (:Person {name: 'Ann'})");
 * r.sideEffects().nodesCreated();   // 1
 * PropertyGraph next = r.graph();   // the new version; graph is unchanged
 * }</pre>
 */
public record SideEffects(long nodesCreated, long nodesDeleted, long relationshipsCreated,
        long relationshipsDeleted, long propertiesSet, long propertiesRemoved, long labelsAdded, long labelsRemoved) {
    public static final SideEffects NONE = new SideEffects(0, 0, 0, 0, 0, 0, 0, 0);

    public boolean isEmpty() {
        return equals(NONE);
    }

    /** The changes of this and then {@code other}, counted together. */
    public SideEffects plus(SideEffects other) {
        return new SideEffects(nodesCreated + other.nodesCreated, nodesDeleted + other.nodesDeleted,
                relationshipsCreated + other.relationshipsCreated, relationshipsDeleted + other.relationshipsDeleted,
                propertiesSet + other.propertiesSet, propertiesRemoved + other.propertiesRemoved,
                labelsAdded + other.labelsAdded, labelsRemoved + other.labelsRemoved);
    }
}
