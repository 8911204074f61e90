package org.quiver.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Directory names of stored tables: a readable part (labels or type, lower-cased, reduced to
 * letters, digits and underscores, not starting with one, at most 40 characters) and a hash of the exact names, so two
 * label combinations never share a directory and the same one always gets the same (Delta tables
 * are reused across graph versions).
 */
final class TableNames {
    private TableNames() {
    }

    static String nodes(Set<String> labels) {
        String joined = String.join("\u0000", new TreeSet<>(labels));
        return readable(String.join("_", new TreeSet<>(labels)), "unlabelled") + "-" + hash("labels\u0000" + joined);
    }

    static String relationships(String type) {
        return readable(type, "untyped") + "-" + hash("type\u0000" + type);
    }

    private static String readable(String name, String whenEmpty) {
        // Without leading underscores: Spark's file listing skips names that start with `_` as hidden
        // (a label `$x` or `日本` would make a CSV table read back empty).
        String plain = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_").replaceFirst("^_+", "");
        if (plain.length() > 40) {
            plain = plain.substring(0, 40);
        }
        return plain.isEmpty() ? whenEmpty : plain;
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
