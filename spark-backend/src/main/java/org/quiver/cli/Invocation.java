package org.quiver.cli;

import java.io.PrintStream;

/** What the command line asked for, once understood: help, the version, a query to run, the shell, a schema. */
sealed interface Invocation permits Invocation.Help, Invocation.Version, Invocation.Query, Invocation.Shell,
        Invocation.Schema {

    /** Does it; returns the exit code. */
    int execute(GraphOpener opener, PrintStream out, PrintStream err);

    record Help(String text) implements Invocation {
        @Override
        public int execute(GraphOpener opener, PrintStream out, PrintStream err) {
            out.print(text);
            return ExitCode.OK;
        }
    }

    record Version() implements Invocation {
        @Override
        public int execute(GraphOpener opener, PrintStream out, PrintStream err) {
            out.println(VersionText.describe());
            return ExitCode.OK;
        }
    }

    record Query(QueryOptions options) implements Invocation {
        @Override
        public int execute(GraphOpener opener, PrintStream out, PrintStream err) {
            return new QueryCommand(options, opener, out, err).run();
        }
    }

    record Shell(ShellOptions options) implements Invocation {
        @Override
        public int execute(GraphOpener opener, PrintStream out, PrintStream err) {
            return new ShellCommand(options, opener, err).run();
        }
    }

    record Schema(SchemaOptions options) implements Invocation {
        @Override
        public int execute(GraphOpener opener, PrintStream out, PrintStream err) {
            return new SchemaCommand(options, opener, out, err).run();
        }
    }
}
