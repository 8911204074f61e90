package org.quiver.io;

/** {@code :TYPE}: the relationship's type. */
record TypeColumn(String name) implements HeaderColumn {
}
