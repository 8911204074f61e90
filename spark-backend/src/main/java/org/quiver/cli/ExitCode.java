package org.quiver.cli;

/** The exit codes of {@code quiver}, as the README lists them. */
final class ExitCode {
    /** Everything ran. */
    static final int OK = 0;
    /** A query or the graph's data failed (a Cypher error, a data error, or an internal error). */
    static final int FAILED = 1;
    /** The command line was not understood, or a file or directory it names cannot be read. */
    static final int USAGE = 2;

    private ExitCode() {
    }
}
