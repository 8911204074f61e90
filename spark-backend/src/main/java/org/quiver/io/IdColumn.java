package org.quiver.io;

import java.util.Objects;
import java.util.Optional;

/**
 * {@code :ID}, {@code personId:ID}, {@code :ID(Person)}: the node's id in an ID space; a named id
 * column is also a string property.
 */
record IdColumn(String name, Optional<String> propertyKey, IdSpace space) implements HeaderColumn {
    IdColumn {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(propertyKey, "propertyKey");
        Objects.requireNonNull(space, "space");
    }
}
