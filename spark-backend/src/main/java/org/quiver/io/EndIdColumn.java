package org.quiver.io;

import java.util.Objects;

/** {@code :END_ID} or {@code :END_ID(Person)}: the id of the relationship's target node. */
record EndIdColumn(String name, IdSpace space) implements HeaderColumn {
    EndIdColumn {
        Objects.requireNonNull(space, "space");
    }
}
