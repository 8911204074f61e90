package org.quiver.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.quiver.api.PropertyGraph;
import org.quiver.api.QuiverSession;
import org.quiver.schemaview.SchemaCounter;
import org.quiver.schemaview.SchemaDot;
import org.quiver.schemaview.SchemaOverview;
import org.quiver.schemaview.SchemaText;

/**
 * Runs {@code quiver schema}: measures the graph's labels, types, keys and counts and prints them as
 * text, Graphviz DOT, or SVG drawn by Graphviz's {@code dot} program when it is on the PATH.
 */
final class SchemaCommand {
    private final SchemaOptions options;
    private final GraphOpener opener;
    private final PrintStream out;
    private final PrintStream err;

    SchemaCommand(SchemaOptions options, GraphOpener opener, PrintStream out, PrintStream err) {
        this.options = options;
        this.opener = opener;
        this.out = out;
        this.err = err;
    }

    int run() {
        if (options.graph().isPresent() && !Files.isDirectory(options.graph().get())) {
            return QuiverCommand.usageError(err, new UsageException("graph directory not found: " + options.graph().get()));
        }
        Optional<Path> dot = options.format().equals("svg") ? dotProgram() : Optional.empty();
        if (options.format().equals("svg") && dot.isEmpty()) {
            return QuiverCommand.usageError(err, new UsageException("--format svg needs Graphviz's 'dot' program,"
                    + " which is not on the PATH; use --format dot and draw it where Graphviz is installed"));
        }
        try (QuiverSession session = opener.openSession(options.catalogs())) {
            PropertyGraph graph;
            if (options.graph().isPresent()) {
                graph = session.loadGraph(options.graph().get());
            } else {
                Optional<PropertyGraph> named = session.graph(options.name().get());
                if (named.isEmpty()) {
                    return QuiverCommand.usageError(err, new UsageException("no graph named " + options.name().get()
                            + " in the catalog"));
                }
                graph = named.get();
            }
            SchemaOverview overview = SchemaCounter.of(graph);
            switch (options.format()) {
                case "dot" -> out.print(SchemaDot.render(overview));
                case "svg" -> out.print(svg(dot.get(), SchemaDot.render(overview)));
                default -> out.print(SchemaText.render(overview));
            }
            out.flush();
            return ExitCode.OK;
        } catch (RuntimeException e) {
            ErrorReport.of(e).print(err, e, options.verbose());
            return ExitCode.FAILED;
        }
    }

    private static Optional<Path> dotProgram() {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String directory : path.split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(directory, "dot");
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private static String svg(Path dot, String graph) {
        try {
            Process process = new ProcessBuilder(dot.toString(), "-Tsvg").redirectError(ProcessBuilder.Redirect.INHERIT)
                    .start();
            try (var stdin = process.getOutputStream()) {
                stdin.write(graph.getBytes(StandardCharsets.UTF_8));
            }
            String svg;
            try (InputStream stdout = process.getInputStream()) {
                svg = new String(stdout.readAllBytes(), StandardCharsets.UTF_8);
            }
            if (process.waitFor() != 0) {
                throw new IllegalStateException(dot + " failed with exit code " + process.exitValue());
            }
            return svg;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot run " + dot, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while " + dot + " ran", e);
        }
    }
}
