package org.quiver.io;

import java.util.Objects;

/**
 * A namespace for node ids: {@code :ID(Person)} and {@code :START_ID(Person)} name the space
 * {@code Person}; a bare {@code :ID} is in the global space. The same id may name different
 * nodes in different spaces.
 */
record IdSpace(String name) {
    static final IdSpace GLOBAL = new IdSpace("");

    IdSpace {
        Objects.requireNonNull(name, "name");
    }

    /** How a message names the space. */
    String describe() {
        return name.isEmpty() ? "the global ID space" : "ID space `" + name + "`";
    }
}
