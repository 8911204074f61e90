package org.quiver.io;

import java.util.Objects;

/** {@code :START_ID} or {@code :START_ID(Person)}: the id of the relationship's source node. */
record StartIdColumn(String name, IdSpace space) implements HeaderColumn {
    StartIdColumn {
        Objects.requireNonNull(space, "space");
    }
}
