package org.quiver.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.quiver.parser.error.DataError;

/**
 * The published versions of a stored graph: {@code _versions/<n>.json}, one manifest each.
 *
 * <p>Publishing writes the manifest to a hidden temporary file, forces it to disk, and then
 * hard-links it under its version's name. A link is created whole or not at all, and creating it
 * fails when the name is taken, so a reader lists only complete manifests and two writers never
 * publish the same number: the one that loses takes the next.
 */
final class VersionLog {
    static final String DIRECTORY = "_versions";
    private static final Pattern MANIFEST = Pattern.compile("(\\d{1,18})\\.json");

    private final Path root;

    VersionLog(Path graphDirectory) {
        this.root = graphDirectory.resolve(DIRECTORY);
    }

    /** Whether the directory holds a stored graph (it has a versions directory). */
    boolean exists() {
        return Files.isDirectory(root);
    }

    /** The published version numbers, lowest first. */
    List<Long> versions() {
        if (!exists()) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(root)) {
            return files.map(f -> MANIFEST.matcher(f.getFileName().toString()))
                    .filter(Matcher::matches)
                    .map(m -> Long.parseLong(m.group(1)))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + root, e);
        }
    }

    Optional<Long> latest() {
        List<Long> versions = versions();
        return versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
    }

    Path file(long version) {
        return root.resolve(version + ".json");
    }

    GraphManifest read(long version) {
        Path file = file(version);
        String json;
        try {
            json = Files.readString(file, StandardCharsets.UTF_8);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new DataError(file.toString(), 0, null, "graph version " + version + " does not exist (versions: "
                    + versions() + ")");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        GraphManifest manifest = ManifestJson.read(json, file.toString());
        if (manifest.version() != version) {
            throw new DataError(file.toString(), 0, null,
                    "bad graph manifest: it says it is version " + manifest.version());
        }
        return manifest;
    }

    /** Publishes the manifest as the version after the latest; returns the manifest as published. */
    GraphManifest publish(GraphManifest manifest) {
        try {
            Files.createDirectories(root);
            long version = latest().orElse(0L) + 1;
            while (true) {
                GraphManifest numbered = manifest.withVersion(version);
                Path staged = root.resolve("." + UUID.randomUUID() + ".json.tmp");
                writeDurably(staged, ManifestJson.write(numbered));
                try {
                    Files.createLink(file(version), staged);
                    return numbered;
                } catch (FileAlreadyExistsException taken) {
                    version = Math.max(version + 1, latest().orElse(0L) + 1);
                } finally {
                    Files.deleteIfExists(staged);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot publish a version of the graph in " + root.getParent(), e);
        }
    }

    private static void writeDurably(Path file, String text) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            ByteBuffer bytes = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
            while (bytes.hasRemaining()) {
                channel.write(bytes);
            }
            channel.force(true);
        }
    }
}
