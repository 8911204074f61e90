package org.quiver.cli;

/** The command line was not understood: exit code 2 with a one-line reason. */
final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    UsageException(String reason) {
        super(reason);
    }
}
