package org.quiver.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.quiver.api.PropertyGraph;
import org.quiver.api.QuiverSession;
import org.quiver.shell.CypherShell;

/**
 * Runs {@code quiver shell}: opens the session and graph, then hands the terminal to
 * {@link CypherShell}. The history file is {@code ~/.quiver_history}, or the file the system
 * property {@value #HISTORY_PROPERTY} names.
 */
final class ShellCommand {
    static final String HISTORY_PROPERTY = "quiver.history";

    private final ShellOptions options;
    private final GraphOpener opener;
    private final PrintStream err;

    ShellCommand(ShellOptions options, GraphOpener opener, PrintStream err) {
        this.options = options;
        this.opener = opener;
        this.err = err;
    }

    int run() {
        if (options.graph().isPresent() && !Files.isDirectory(options.graph().get())) {
            return QuiverCommand.usageError(err, new UsageException("graph directory not found: " + options.graph().get()));
        }
        for (Map.Entry<String, Path> catalog : options.catalogs().entrySet()) {
            if (Files.exists(catalog.getValue()) && !Files.isDirectory(catalog.getValue())) {
                return QuiverCommand.usageError(err, new UsageException("--catalog " + catalog.getKey() + ": "
                        + catalog.getValue() + " is not a directory"));
            }
        }
        QuiverSession opened;
        PropertyGraph graph;
        try {
            opened = opener.openSession(options.catalogs());
        } catch (RuntimeException e) {
            ErrorReport.of(e).print(err, e, options.verbose());
            return ExitCode.FAILED;
        }
        try (opened) {
            graph = options.graph().map(opened::loadGraph).orElseGet(opened::emptyGraph);
            QuiverSession session = options.timeout().map(opened::withTimeout).orElse(opened);
            try (Terminal terminal = TerminalBuilder.builder().system(true).dumb(true).build()) {
                new CypherShell(terminal, session, graph, historyFile(), options.verbose()).run();
            }
            return ExitCode.OK;
        } catch (RuntimeException e) {
            ErrorReport.of(e).print(err, e, options.verbose());
            return ExitCode.FAILED;
        } catch (IOException e) {
            err.println("quiver: cannot open the terminal: " + e.getMessage());
            return ExitCode.FAILED;
        }
    }

    static Path historyFile() {
        String path = System.getProperty(HISTORY_PROPERTY);
        return path != null ? Path.of(path) : Path.of(System.getProperty("user.home"), ".quiver_history");
    }
}
