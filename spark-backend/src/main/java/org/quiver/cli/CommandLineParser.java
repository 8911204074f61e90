package org.quiver.cli;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.quiver.api.CsvOptions;
import org.quiver.format.OutputFormat;
import org.quiver.store.StoreFormat;

/**
 * Reads the arguments of {@code quiver}. Options take their value as the next argument or after
 * {@code =} ({@code --format json}, {@code --format=json}); {@code --} ends the options.
 */
final class CommandLineParser {
    /** What may follow {@code $} in a query: an identifier or a number. */
    private static final Pattern PARAMETER_NAME = Pattern.compile("[\\p{L}_][\\p{L}\\p{N}_]*|\\d+");
    private static final String QUERY_USAGE = "quiver query --graph DIR [options] (QUERY | --file FILE)";

    private CommandLineParser() {
    }

    static Invocation parse(String[] arguments) throws UsageException {
        Deque<String> args = new ArrayDeque<>(Arrays.asList(arguments));
        args.removeIf("--verbose"::equals);
        boolean verbose = args.size() < arguments.length;
        if (args.isEmpty()) {
            throw new UsageException("no command given; usage: " + QUERY_USAGE);
        }
        String command = args.removeFirst();
        switch (command) {
            case "-h", "--help", "help":
                return new Invocation.Help(HelpText.MAIN);
            case "--version", "version":
                return new Invocation.Version();
            case "query":
                return args.contains("--help") || args.contains("-h")
                        ? new Invocation.Help(HelpText.QUERY)
                        : new Invocation.Query(query(args, verbose));
            default:
                throw new UsageException((command.startsWith("-") ? "unknown option '" : "unknown command '")
                        + command + "'");
        }
    }

    private static QueryOptions query(Deque<String> args, boolean verbose) throws UsageException {
        Path graph = null;
        OutputFormat format = OutputFormat.TABLE;
        Map<String, Object> parameters = new LinkedHashMap<>();
        char delimiter = CsvOptions.DEFAULTS.delimiter();
        char arrayDelimiter = CsvOptions.DEFAULTS.arrayDelimiter();
        String query = null;
        Path file = null;
        Path save = null;
        StoreFormat saveFormat = null;
        boolean optionsEnded = false;
        while (!args.isEmpty()) {
            String arg = args.removeFirst();
            if (optionsEnded || !arg.startsWith("-")) {
                if (query != null) {
                    throw new UsageException("more than one query given; put the query in quotes");
                }
                query = arg;
                continue;
            }
            if (arg.equals("--")) {
                optionsEnded = true;
                continue;
            }
            int equals = arg.indexOf('=');
            String name = equals < 0 ? arg : arg.substring(0, equals);
            switch (name) {
                case "--graph" -> graph = Path.of(value(name, arg, equals, args));
                case "--file" -> file = Path.of(value(name, arg, equals, args));
                case "--save" -> save = Path.of(value(name, arg, equals, args));
                case "--save-format" -> saveFormat = saveFormat(value(name, arg, equals, args));
                case "--format" -> format = format(value(name, arg, equals, args));
                case "--param" -> parameter(value(name, arg, equals, args), parameters);
                case "--delimiter" -> delimiter = delimiter(name, value(name, arg, equals, args));
                case "--array-delimiter" -> arrayDelimiter = delimiter(name, value(name, arg, equals, args));
                default -> throw new UsageException("unknown option '" + name + "'");
            }
        }
        if (graph == null) {
            throw new UsageException("missing --graph DIR; usage: " + QUERY_USAGE);
        }
        if (query != null && file != null) {
            throw new UsageException("give a QUERY or --file FILE, not both");
        }
        if (file == null && (query == null || query.isBlank())) {
            throw new UsageException("missing query; usage: " + QUERY_USAGE);
        }
        if (saveFormat != null && save == null) {
            throw new UsageException("--save-format needs --save DIR");
        }
        return new QueryOptions(graph, format, parameters, csvOptions(delimiter, arrayDelimiter),
                Optional.ofNullable(query), Optional.ofNullable(file), Optional.ofNullable(save),
                saveFormat == null ? StoreFormat.DELTA : saveFormat, verbose);
    }

    private static OutputFormat format(String name) throws UsageException {
        return OutputFormat.named(name).orElseThrow(() ->
                new UsageException("unknown format '" + name + "'; expected " + OutputFormat.choices()));
    }

    private static StoreFormat saveFormat(String name) throws UsageException {
        return StoreFormat.named(name).orElseThrow(() ->
                new UsageException("unknown save format '" + name + "'; expected " + StoreFormat.choices()));
    }

    private static void parameter(String assignment, Map<String, Object> parameters) throws UsageException {
        int equals = assignment.indexOf('=');
        if (equals < 0) {
            throw new UsageException("--param needs NAME=VALUE, got '" + assignment + "'");
        }
        String name = assignment.substring(0, equals).strip();
        if (name.startsWith("$")) {
            name = name.substring(1);
        }
        if (!PARAMETER_NAME.matcher(name).matches()) {
            throw new UsageException("--param: '" + name + "' is not a parameter name");
        }
        if (parameters.containsKey(name)) {
            throw new UsageException("--param " + name + " given twice");
        }
        parameters.put(name, parameterValue(name, assignment.substring(equals + 1)));
    }

    /**
     * The literal's value; text that is no literal is a string, unless it starts like a string,
     * list or map literal (then it is a mistake worth reporting, not a string to pass on).
     */
    static Object parameterValue(String name, String text) throws UsageException {
        try {
            return CypherLiteralReader.read(text);
        } catch (IllegalArgumentException e) {
            String start = text.strip();
            if (start.startsWith("'") || start.startsWith("\"") || start.startsWith("[") || start.startsWith("{")) {
                throw new UsageException("--param " + name + ": " + e.getMessage());
            }
            return text;
        }
    }

    private static char delimiter(String option, String text) throws UsageException {
        if (text.equals("TAB") || text.equals("\\t") || text.equals("\t")) {
            return '\t';
        }
        if (text.length() != 1) {
            throw new UsageException(option + " takes one character (or TAB), got '" + text + "'");
        }
        return text.charAt(0);
    }

    private static CsvOptions csvOptions(char delimiter, char arrayDelimiter) throws UsageException {
        try {
            return new CsvOptions(delimiter, arrayDelimiter);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--delimiter/--array-delimiter: " + e.getMessage());
        }
    }

    private static String value(String name, String arg, int equals, Deque<String> args) throws UsageException {
        if (equals >= 0) {
            return arg.substring(equals + 1);
        }
        if (args.isEmpty()) {
            throw new UsageException("option " + name + " needs a value");
        }
        return args.removeFirst();
    }
}
