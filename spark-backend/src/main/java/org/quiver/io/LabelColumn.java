package org.quiver.io;

/** {@code :LABEL}: the node's labels, separated by the array delimiter. */
record LabelColumn(String name) implements HeaderColumn {
}
