package org.quiver.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.quiver.parser.error.DataError;

/**
 * A graph directory: {@code nodes/*.csv} (required) and {@code relationships/*.csv} (optional),
 * each listed in file-name order so that ids come out the same on every load. Files not ending in
 * {@code .csv} (a README, say) and subdirectories are not read.
 */
record GraphDirectory(Path root) {
    static final String NODES = "nodes";
    static final String RELATIONSHIPS = "relationships";

    List<Path> nodeFiles() {
        Path nodes = root.resolve(NODES);
        if (!Files.isDirectory(nodes)) {
            throw new DataError(NODES + "/", 0, null,
                    "the graph directory " + root + " has no " + NODES + "/ directory");
        }
        return csvFiles(nodes);
    }

    /** The relationship files; none when there is no {@code relationships/} directory. */
    List<Path> relationshipFiles() {
        Path relationships = root.resolve(RELATIONSHIPS);
        return Files.isDirectory(relationships) ? csvFiles(relationships) : List.of();
    }

    /** How errors name a file: its path under the graph directory, with {@code /} separators. */
    String source(Path file) {
        return root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
    }

    /** The file name without {@code .csv}: the label or type of a file without a column for it. */
    static String stem(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.length() - ".csv".length());
    }

    private static List<Path> csvFiles(Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv"))
                    .sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + directory, e);
        }
    }
}
