package org.quiver.io;

import java.util.HashMap;
import java.util.Map;
import org.quiver.parser.error.DataError;

/**
 * The node ids seen so far, per ID space: maps the id written in a file to the node's graph id,
 * and remembers where each was defined so that a duplicate can name both rows.
 */
final class IdSpaces {
    /** Where a node id was first defined. */
    private record Definition(long nodeId, String source, long row) {
    }

    private final Map<IdSpace, Map<String, Definition>> spaces = new HashMap<>();

    void define(IdSpace space, String id, long nodeId, String source, long row, String column) {
        Definition previous = spaces.computeIfAbsent(space, s -> new HashMap<>())
                .putIfAbsent(id, new Definition(nodeId, source, row));
        if (previous != null) {
            throw new DataError(source, row, column, "duplicate node id `" + id + "` in " + space.describe()
                    + ": already defined at " + previous.source() + ", row " + previous.row());
        }
    }

    /** The graph id of the node with {@code id} in {@code space}. */
    long resolve(IdSpace space, String id, String source, long row, String column) {
        Map<String, Definition> ids = spaces.get(space);
        Definition definition = ids == null ? null : ids.get(id);
        if (definition == null) {
            String hint = ids == null ? " (no node has an id in that space)" : "";
            throw new DataError(source, row, column, "no node has id `" + id + "` in " + space.describe() + hint);
        }
        return definition.nodeId();
    }
}
