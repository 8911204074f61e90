package org.quiver.bench.graph;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Where both sides of the benchmark read the network's tables from. */
public enum TableLayout {
    /** One Parquet directory a table, read by path. */
    PARQUET("Parquet files"),
    /** A graph directory stored by {@code saveGraph} in Delta Lake, read through its manifest. */
    DELTA("Delta tables"),
    /**
     * Catalog tables written by {@code writeGraph} as Parquet, bucketed by node id and relationship
     * source id (as many buckets as shuffle partitions), read back by {@code readGraph}.
     */
    BUCKETED("bucketed Parquet catalog tables");

    private final String description;

    TableLayout(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static TableLayout named(String name) {
        return Arrays.stream(values()).filter(l -> l.id().equals(name.trim().toLowerCase(Locale.ROOT))).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown layout '" + name + "'; layouts: "
                        + Arrays.stream(values()).map(TableLayout::id).collect(Collectors.joining(", "))));
    }
}
