package org.quiver.store;

import java.util.List;
import java.util.Objects;

/**
 * One version of a stored graph: the format of its tables, the tables (with their schema and, for
 * Delta, the table versions), and where new element ids start. Published as
 * {@code _versions/<version>.json}; a version whose manifest is not there does not exist.
 */
record GraphManifest(long version, StoreFormat format, long nextNodeId, long nextRelationshipId,
        List<StoredNodes> nodes, List<StoredRelationships> relationships) {
    GraphManifest {
        Objects.requireNonNull(format, "format");
        nodes = List.copyOf(nodes);
        relationships = List.copyOf(relationships);
    }

    GraphManifest withVersion(long newVersion) {
        return new GraphManifest(newVersion, format, nextNodeId, nextRelationshipId, nodes, relationships);
    }
}
