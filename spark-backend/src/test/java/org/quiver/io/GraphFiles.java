package org.quiver.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes test graph directories: one call a file, lines joined with LF unless the text says otherwise. */
final class GraphFiles {
    private final Path root;

    GraphFiles(Path root) {
        this.root = root;
    }

    Path root() {
        return root;
    }

    /** Writes {@code lines} joined with {@code \n} (and a final one) to {@code relativePath}. */
    GraphFiles file(String relativePath, String... lines) {
        return raw(relativePath, String.join("\n", lines) + "\n");
    }

    /** Writes {@code text} exactly, as UTF-8. */
    GraphFiles raw(String relativePath, String text) {
        return bytes(relativePath, text.getBytes(StandardCharsets.UTF_8));
    }

    GraphFiles bytes(String relativePath, byte[] content) {
        try {
            Path file = root.resolve(relativePath);
            Files.createDirectories(file.getParent());
            Files.write(file, content);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
