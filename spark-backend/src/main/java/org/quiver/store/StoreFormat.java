package org.quiver.store;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The file format of a stored graph's tables. */
public enum StoreFormat {
    /** Delta Lake tables: atomic and versioned; each graph version pins the table versions it reads. */
    DELTA,
    PARQUET,
    ORC,
    /** Importer-style CSV files ({@code nodes/*.csv}, {@code relationships/*.csv}) that {@code --graph} also reads. */
    CSV;

    /** The format named {@code name} in any case ({@code delta}, {@code PARQUET}). */
    public static Optional<StoreFormat> named(String name) {
        return Arrays.stream(values()).filter(f -> f.id().equals(name.toLowerCase(Locale.ROOT))).findFirst();
    }

    /** How manifests, the command line and Spark name the format: {@code delta}, {@code parquet}, … */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static String choices() {
        return Arrays.stream(values()).map(StoreFormat::id).collect(Collectors.joining(", "));
    }
}
