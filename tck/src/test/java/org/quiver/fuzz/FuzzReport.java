package org.quiver.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Prints how the fuzz inputs ended and keeps it in {@code target/fuzz-report-<run>.txt}. */
final class FuzzReport {
    private FuzzReport() {
    }

    static void write(String run, Map<String, Long> outcomes) {
        long total = outcomes.values().stream().mapToLong(Long::longValue).sum();
        StringBuilder text = new StringBuilder("Query fuzzer (" + run + "): " + total + " inputs\n");
        outcomes.forEach((outcome, count) -> text.append(String.format("  %-40s %8d%n", outcome, count)));
        System.out.print(text);
        try {
            Path target = Path.of("target");
            Files.createDirectories(target);
            Files.writeString(target.resolve("fuzz-report-" + run + ".txt"), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
