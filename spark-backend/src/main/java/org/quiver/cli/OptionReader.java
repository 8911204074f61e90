package org.quiver.cli;

import java.util.Deque;

/**
 * Steps through the arguments of one command, shared by {@code query}, {@code shell} and
 * {@code schema}: an option takes its value as the next argument or after {@code =}
 * ({@code --format json}, {@code --format=json}); any other argument is an operand.
 *
 * <pre>{@code
 * OptionReader in = new OptionReader(args, true);
 * while (in.next()) {
 *     if (in.isOperand()) { query = in.operand(); continue; }
 *     switch (in.name()) { case "--graph" -> graph = Path.of(in.value()); … }
 * }
 * }</pre>
 */
final class OptionReader {
    private final Deque<String> args;
    private final boolean dashDashEndsOptions;
    private boolean optionsEnded;
    private String current;
    private String name;
    private int equals;

    /** @param dashDashEndsOptions whether {@code --} makes every later argument an operand */
    OptionReader(Deque<String> args, boolean dashDashEndsOptions) {
        this.args = args;
        this.dashDashEndsOptions = dashDashEndsOptions;
    }

    /** Moves to the next option or operand; false when none is left. */
    boolean next() {
        while (!args.isEmpty()) {
            current = args.removeFirst();
            if (dashDashEndsOptions && !optionsEnded && current.equals("--")) {
                optionsEnded = true;
                continue;
            }
            equals = current.indexOf('=');
            name = equals < 0 ? current : current.substring(0, equals);
            return true;
        }
        return false;
    }

    /**
     * Whether the argument is an operand rather than an option: with {@code --} ending the options,
     * one that does not start with {@code -} or comes after {@code --}.
     */
    boolean isOperand() {
        return dashDashEndsOptions && (optionsEnded || !current.startsWith("-"));
    }

    String operand() {
        return current;
    }

    /** The option's name, without a {@code =value} part. */
    String name() {
        return name;
    }

    /** The option's value: after its {@code =}, else the next argument. */
    String value() throws UsageException {
        if (equals >= 0) {
            return current.substring(equals + 1);
        }
        if (args.isEmpty()) {
            throw new UsageException("option " + name + " needs a value");
        }
        return args.removeFirst();
    }
}
