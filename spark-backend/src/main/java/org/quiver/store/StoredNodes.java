package org.quiver.store;

import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/** The stored table of the nodes that have exactly the labels {@code labels}. */
record StoredNodes(Set<String> labels, StoredTable table) {
    StoredNodes {
        labels = Collections.unmodifiableSet(new TreeSet<>(labels));
    }
}
