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
            if (options.output().isPresent()) {
                checkOutput(options.output().get());
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
        PrintStream results;
        try {
            results = textOutput();
        } catch (UsageException e) {
            graph.close();
            return QuiverCommand.usageError(err, e);
        }
        try (graph) {
            boolean failed = false;
            for (int i = 0; i < statements.size(); i++) {
                if (i > 0 && options.format() != OutputFormat.JSON && !options.format().isBinary()) {
                    results.println();
                }
                failed |= !run(graph, statements.get(i), i + 1, i == statements.size() - 1, results);
            }
            return failed ? ExitCode.FAILED : ExitCode.OK;
        } finally {
            if (results != out) {
                results.close();
            }
        }
    }

    private static void checkOutput(Path file) throws UsageException {
        if (Files.isDirectory(file)) {
            throw new UsageException("--output " + file + " is a directory; give a file");
        }
        Path directory = file.toAbsolutePath().getParent();
        if (directory != null && !Files.isDirectory(directory)) {
            throw new UsageException("--output " + file + ": directory " + directory + " not found");
        }
    }

    /**
     * Where text results go: standard output, or the {@code --output} file (replaced). A binary
     * format writes its file itself, so its text output is standard output, left unused.
     */
    private PrintStream textOutput() throws UsageException {
        if (options.output().isEmpty() || options.format().isBinary()) {
            return out;
        }
        Path file = options.output().get();
        try {
            return new PrintStream(Files.newOutputStream(file), false, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UsageException("cannot write " + file + ": " + describe(e));
        }
    }

    /**
     * Runs one statement and prints its result or its error; false if it failed. The last
     * statement's graph is stored when {@code --save} asks for it (after its rows, which a failed
     * update throws from, so a failed statement stores nothing). With a binary format only the last
     * statement's rows are written, to the {@code --output} file; the statements before it run for
     * what they change.
     */
    private boolean run(QueryableGraph graph, ScriptStatement statement, int number, boolean last, PrintStream results) {
        boolean script = options.file().isPresent();
        try {
            long start = System.nanoTime();
            CypherResult result = graph.cypher(script ? statement.textAtFilePosition() : statement.text(),
                    options.parameters());
            if (result.returnsGraph()) {
                result = GraphSummary.of(result.graph(), result.toDataFrame().sparkSession());
            }
            if (options.format().isBinary()) {
                if (!last) {
                    result.rows();
                } else if (!writeArrow(result, script, number)) {
                    return false;
                }
            } else {
                result.rows();
                Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
                StringWriter text = new StringWriter();
                options.format().format().write(result, elapsed, text);
                results.print(text);
                result.profile().ifPresent(profile -> results.print("\n" + profile));
                results.flush();
            }
            if (last && options.save().isPresent()) {
                long version = graph.save(result, options.save().get(), options.saveFormat());
                err.println("Stored the graph as version " + version + " in " + options.save().get()
                        + " (" + options.saveFormat().id() + ")");
            }
            return true;
        } catch (RuntimeException | StackOverflowError e) {
            ErrorReport report = ErrorReport.of(e);
            if (script && options.format() == OutputFormat.JSON) {
                results.println(errorObject(report));
                results.flush();
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

    /**
     * Writes the rows as an Arrow IPC file, streamed batch by batch (a query error surfaces from
     * here); false, after reporting it, when the file cannot be written.
     */
    private boolean writeArrow(CypherResult result, boolean script, int number) {
        Path file = options.output().get();
        try {
            long rows = result.writeArrow(file);
            err.println("Wrote " + rows + (rows == 1 ? " row" : " rows") + " to " + file + " (Arrow IPC file)");
            return true;
        } catch (IOException e) {
            if (script) {
                err.println(options.file().get() + ", statement " + number + ":");
            }
            err.println("quiver: cannot write " + file + ": " + describe(e));
            return false;
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
