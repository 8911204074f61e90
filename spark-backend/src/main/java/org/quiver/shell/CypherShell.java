package org.quiver.shell;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.quiver.api.CypherResult;
import org.quiver.api.PropertyGraph;
import org.quiver.api.QuiverSession;
import org.quiver.cli.CypherLiteralReader;
import org.quiver.cli.ErrorReport;
import org.quiver.cli.GraphSummary;
import org.quiver.cli.ScriptStatement;
import org.quiver.cli.StatementSplitter;
import org.quiver.format.TableFormat;
import org.quiver.schemaview.SchemaCounter;
import org.quiver.schemaview.SchemaText;

/**
 * {@code quiver shell}: reads Cypher statements and shell commands from a terminal and runs them on
 * one graph in one session until {@code :quit} or end of input. A statement that changes the graph
 * (CREATE, SET, MERGE, DELETE) makes later statements see the changed graph; graphs stored in the
 * catalog stay there for the whole session.
 */
public final class CypherShell {
    static final String PROMPT = "quiver> ";
    static final String CONTINUATION_PROMPT = "   ...> ";
    private static final Pattern PARAM = Pattern.compile(":param\\s+\\$?([\\p{L}_][\\p{L}\\p{N}_]*)\\s*=>(.*)",
            Pattern.DOTALL);

    private final Terminal terminal;
    private final QuiverSession session;
    private final boolean verbose;
    private final LineReader reader;
    private final PrintWriter out;
    private final Map<String, Object> parameters = new LinkedHashMap<>();
    private PropertyGraph graph;
    private boolean timing;

    /**
     * @param session runs the statements; its timeout applies to each
     * @param history the file that keeps the lines typed, across runs
     */
    public CypherShell(Terminal terminal, QuiverSession session, PropertyGraph graph, Path history, boolean verbose) {
        this.terminal = terminal;
        this.session = session;
        this.graph = graph;
        this.verbose = verbose;
        this.out = terminal.writer();
        this.reader = LineReaderBuilder.builder().terminal(terminal).appName("quiver")
                .parser(new ShellParser())
                .completer(new ShellCompleter(() -> this.graph.schema()))
                .variable(LineReader.HISTORY_FILE, history)
                .variable(LineReader.SECONDARY_PROMPT_PATTERN, CONTINUATION_PROMPT)
                .build();
    }

    /** Runs until {@code :quit}, {@code :exit} or the end of input (Ctrl-D). */
    public void run() {
        out.println("Quiver shell: end statements with ';'. :help lists the commands, :quit leaves.");
        out.flush();
        while (true) {
            String text;
            try {
                text = reader.readLine(PROMPT);
            } catch (UserInterruptException e) {
                continue;
            } catch (EndOfFileException e) {
                break;
            }
            if (!handle(text)) {
                break;
            }
        }
        try {
            reader.getHistory().save();
        } catch (java.io.IOException e) {
            out.println("could not save the history: " + e.getMessage());
        }
        out.flush();
    }

    /** Runs what was read; false when it asks to leave. */
    boolean handle(String text) {
        if (ShellParser.isCommand(text)) {
            return command(text.strip());
        }
        for (ScriptStatement statement : StatementSplitter.split(text)) {
            statement(statement.text());
        }
        return true;
    }

    private boolean command(String text) {
        String name = text.split("\\s+", 2)[0];
        String argument = text.substring(name.length()).strip();
        switch (name) {
            case ":quit", ":exit" -> {
                return false;
            }
            case ":help" -> out.print(ShellHelp.TEXT);
            case ":graphs" -> guarded(this::graphs);
            case ":schema" -> guarded(() -> out.print(SchemaText.render(SchemaCounter.of(graph))));
            case ":explain" -> explain(argument);
            case ":params" -> params();
            case ":param" -> param(text, argument);
            case ":timing" -> {
                timing = !timing;
                out.println("timing " + (timing ? "on" : "off"));
            }
            default -> out.println("unknown command " + name + "; :help lists the commands");
        }
        out.flush();
        return true;
    }

    private void graphs() {
        for (String namespace : session.namespaces()) {
            List<String> names = session.graphNames(namespace);
            out.println(namespace + ": " + (names.isEmpty() ? "(no graphs)" : String.join(", ", names)));
        }
    }

    private void explain(String query) {
        String statement = query.endsWith(";") ? query.substring(0, query.length() - 1) : query;
        if (statement.isBlank()) {
            out.println(":explain needs a query, as in :explain MATCH (n) RETURN n");
            return;
        }
        guarded(() -> {
            CypherResult result = session.cypher(graph, "EXPLAIN " + statement, parameters);
            result.rows().forEach(row -> out.println(row.get(0)));
        });
    }

    private void params() {
        if (parameters.isEmpty()) {
            out.println("no parameters; set one with :param name => value");
        }
        parameters.forEach((name, value) -> out.println("$" + name + " => "
                + org.quiver.format.CypherValueText.of(value)));
    }

    private void param(String text, String argument) {
        if (argument.equals("clear")) {
            parameters.clear();
            out.println("parameters cleared");
            return;
        }
        Matcher m = PARAM.matcher(text);
        if (!m.matches()) {
            out.println("usage: :param name => value (a Cypher literal), :param clear, :params");
            return;
        }
        String value = m.group(2).strip();
        value = value.endsWith(";") ? value.substring(0, value.length() - 1) : value;
        try {
            parameters.put(m.group(1), CypherLiteralReader.read(value));
            out.println("$" + m.group(1) + " => " + org.quiver.format.CypherValueText.of(parameters.get(m.group(1))));
        } catch (IllegalArgumentException e) {
            out.println(":param " + m.group(1) + ": " + e.getMessage());
        }
    }

    private void statement(String query) {
        guarded(() -> {
            long start = System.nanoTime();
            CypherResult result = session.cypher(graph, query, parameters);
            if (result.returnsGraph()) {
                result = GraphSummary.of(result.graph(), session.spark());
            }
            result.rows();
            Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
            if (!result.sideEffects().isEmpty()) {
                graph = result.graph();
            }
            StringWriter table = new StringWriter();
            // A terminal that does not tell its width (a pipe) gets the width of a common one.
            new TableFormat(Math.max(20, terminal.getWidth() <= 0 ? 120 : terminal.getWidth()), timing)
                    .write(result, elapsed, table);
            out.print(table);
            result.profile().ifPresent(profile -> out.print("\n" + profile));
            if (!result.sideEffects().isEmpty()) {
                out.println(ChangeText.of(result.sideEffects()));
            }
        });
    }

    /**
     * Runs a piece of work that may take Spark jobs: shows their progress when it takes long, lets
     * Ctrl-C cancel it, and prints its error (as the command line does) instead of ending the shell.
     */
    private void guarded(Work work) {
        Terminal.SignalHandler previous = terminal.handle(Terminal.Signal.INT, signal -> session.cancelRunning());
        int width = terminal.getWidth() <= 0 ? 80 : terminal.getWidth();
        try (QueryProgress progress = QueryProgress.start(session.spark().sparkContext().statusTracker(), out, width)) {
            work.run();
        } catch (RuntimeException | StackOverflowError e) {
            out.println(ErrorReport.of(e).message());
            if (verbose) {
                e.printStackTrace(out);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } finally {
            terminal.handle(Terminal.Signal.INT, previous);
            out.flush();
        }
    }

    private interface Work {
        void run() throws java.io.IOException;
    }
}
