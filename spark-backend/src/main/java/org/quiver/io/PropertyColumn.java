package org.quiver.io;

import java.util.Objects;

/** {@code name} or {@code name:type}: a property; an untyped column is a string. */
record PropertyColumn(String name, String key, PropertyType type) implements HeaderColumn {
    PropertyColumn {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(type, "type");
    }
}
