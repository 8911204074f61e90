package org.quiver.cli;

import java.io.PrintStream;

/** The {@code quiver} command over a given way of opening graphs (Spark, or a fake in tests). */
final class QuiverCommand {
    private final GraphOpener opener;

    QuiverCommand(GraphOpener opener) {
        this.opener = opener;
    }

    int run(String[] args, PrintStream out, PrintStream err) {
        Invocation invocation;
        try {
            invocation = CommandLineParser.parse(args);
        } catch (UsageException e) {
            return usageError(err, e);
        }
        return invocation.execute(opener, out, err);
    }

    static int usageError(PrintStream err, UsageException e) {
        err.println("quiver: " + e.getMessage() + " (see quiver --help)");
        return ExitCode.USAGE;
    }
}
