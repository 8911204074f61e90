package org.quiver.store;

import java.util.List;
import org.quiver.graph.NodeTable;
import org.quiver.graph.RelationshipTable;

/** Node or relationship tables: their id columns in a graph table and in the files, and their subdirectory. */
enum TableKind {
    NODES("nodes", List.of(NodeTable.ID), List.of(StoredTable.ID)),
    RELATIONSHIPS("relationships", List.of(RelationshipTable.ID, RelationshipTable.SOURCE, RelationshipTable.TARGET),
            List.of(StoredTable.ID, StoredTable.SOURCE, StoredTable.TARGET));

    private final String directory;
    private final List<String> graphIds;
    private final List<String> storedIds;

    TableKind(String directory, List<String> graphIds, List<String> storedIds) {
        this.directory = directory;
        this.graphIds = graphIds;
        this.storedIds = storedIds;
    }

    String directory() {
        return directory;
    }

    List<String> graphIds() {
        return graphIds;
    }

    List<String> storedIds() {
        return storedIds;
    }
}
