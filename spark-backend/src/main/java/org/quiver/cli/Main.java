package org.quiver.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.quiver.api.QuiverSession;

/**
 * The {@code quiver} command line ({@code bin/quiver} runs it):
 *
 * <pre>
 * quiver query --graph examples/social --format json "MATCH (p:Person) RETURN p.name"
 * </pre>
 *
 * <p>Output is UTF-8 whatever the platform's default, so JSON and CSV are the same everywhere.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        CliLogging.configure(Arrays.asList(args).contains("--verbose"));
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        int code = run(args, out, err);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /**
     * Runs the command and returns the exit code (0, 1 or 2, see --help): on an in-process Spark,
     * or under spark-submit on the master it was given.
     */
    public static int run(String[] args, PrintStream stdout, PrintStream stderr) {
        return new QuiverCommand(new SparkGraphOpener(QuiverSession::submittedOrLocal)).run(args, stdout, stderr);
    }
}
