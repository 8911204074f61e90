package org.quiver.io;

/** {@code :IGNORE}: a column that is not loaded. */
record IgnoredColumn(String name) implements HeaderColumn {
}
