package org.quiver.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.quiver.api.CypherResult;
import org.quiver.format.JsonWriter;
import org.quiver.format.OutputFormat;

/**
 * Runs {@code quiver query}: checks the files it names, opens the graph, runs the query or each
 * statement of the file, prints the results. Returns the exit code.
 */
final class QueryCommand {
    private final QueryOptions options;
    private final GraphOpener opener;
    private final PrintStream out;
    private final PrintStream err;

    QueryCommand(QueryOptions options, GraphOpener opener, PrintStream out, PrintStream err) {
        this.options = options;
        this.opener = opener;
        this.out = out;
        this.err = err;
    }

    int run() {
        List<ScriptStatement> statements;
        try {
            statements = statements();
            if (options.graph().isPresent() && !Files.isDirectory(options.graph().get())) {
                throw new UsageException("graph directory not found: " + options.graph().get());
            }
            for (Map.Entry<String, Path> catalog : options.catalogs().entrySet()) {
                if (Files.exists(catalog.getValue()) && !Files.isDirectory(catalog.getValue())) {
                    throw new UsageException("--catalog " + catalog.getKey() + ": " + catalog.getValue()
                            + " is not a directory");
                }
            }
        } catch (UsageException e) {
            return QuiverCommand.usageError(err, e);
        }
        QueryableGraph graph;
        try {
            graph = opener.open(options);
        } catch (RuntimeException | StackOverflowError e) {
            ErrorReport.of(e).print(err, e, options.verbose());
            return ExitCode.FAILED;
        }
        try (graph) {
            boolean failed = false;
            for (int i = 0; i < statements.size(); i++) {
                if (i > 0 && options.format() != OutputFormat.JSON) {
                    out.println();
                }
                failed |= !run(graph, statements.get(i), i + 1, i == statements.size() - 1);
            }
            return failed ? ExitCode.FAILED : ExitCode.OK;
        }
    }

    /**
     * Runs one statement and prints its result or its error; false if it failed. The last
     * statement's graph is stored when {@code --save} asks for it (after its rows, which a failed
     * update throws from, so a failed statement stores nothing).
     */
    private boolean run(QueryableGraph graph, ScriptStatement statement, int number, boolean last) {
        boolean script = options.file().isPresent();
        try {
            long start = System.nanoTime();
            CypherResult result = graph.cypher(script ? statement.textAtFilePosition() : statement.text(),
                    options.parameters());
            if (result.returnsGraph()) {
                result = GraphSummary.of(result.graph(), result.toDataFrame().sparkSession());
            }
            result.rows();
            Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
            StringWriter text = new StringWriter();
            options.format().format().write(result, elapsed, text);
            out.print(text);
            result.profile().ifPresent(profile -> out.print("\n" + profile));
            out.flush();
            if (last && options.save().isPresent()) {
                long version = graph.save(result, options.save().get(), options.saveFormat());
                err.println("Stored the graph as version " + version + " in " + options.save().get()
                        + " (" + options.saveFormat().id() + ")");
            }
            return true;
        } catch (RuntimeException | StackOverflowError e) {
            ErrorReport report = ErrorReport.of(e);
            if (script && options.format() == OutputFormat.JSON) {
                out.println(errorObject(report));
                out.flush();
                if (options.verbose()) {
                    e.printStackTrace(err);
                }
            } else {
                if (script) {
                    err.println(options.file().get() + ", statement " + number + ":");
                }
                report.print(err, e, options.verbose());
            }
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String errorObject(ErrorReport report) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("type", report.type());
        error.put("message", report.message());
        return JsonWriter.toJson(Map.of("error", error));
    }

    private List<ScriptStatement> statements() throws UsageException {
        if (options.query().isPresent()) {
            return List.of(new ScriptStatement(options.query().get(), 1, 1));
        }
        Path file = options.file().get();
        String script;
        try {
            script = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UsageException("cannot read " + file + ": " + describe(e));
        }
        List<ScriptStatement> statements = StatementSplitter.split(script);
        if (statements.isEmpty()) {
            throw new UsageException(file + " holds no statement");
        }
        return statements;
    }

    private static String describe(IOException e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof CharacterCodingException) {
            return "not UTF-8 text";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
