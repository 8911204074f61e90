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
 * Reads the arguments of {@code quiver}: the command, then its options (through {@link OptionReader});
 * {@code --} ends the options of {@code query}.
 */
final class CommandLineParser {
    /** What may follow {@code $} in a query: an identifier or a number. */
    private static final Pattern PARAMETER_NAME = Pattern.compile("[\\p{L}_][\\p{L}\\p{N}_]*|\\d+");
    private static final String QUERY_USAGE = "quiver query --graph DIR [options] (QUERY | --file FILE)";
    /** A namespace name: what a query writes before the dot of {@code FROM GRAPH ns.g}. */
    private static final String SHELL_USAGE = "quiver shell [--graph DIR] [--catalog [NAME=]DIR] [--timeout T]";
    private static final String SCHEMA_USAGE = "quiver schema (--graph DIR | --catalog DIR --name G) [--format text|dot|svg]";
    private static final Pattern NAMESPACE_NAME = Pattern.compile("[\\p{L}_][\\p{L}\\p{N}_]*");
    private static final Pattern DURATION = Pattern.compile("(\\d{1,9})(ms|s|m|h)?");

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
            case "shell":
                return args.contains("--help") || args.contains("-h")
                        ? new Invocation.Help(HelpText.SHELL)
                        : new Invocation.Shell(shell(args, verbose));
            case "schema":
                return args.contains("--help") || args.contains("-h")
                        ? new Invocation.Help(HelpText.SCHEMA)
                        : new Invocation.Schema(schema(args, verbose));
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
        Path output = null;
        Map<String, Object> parameters = new LinkedHashMap<>();
        char delimiter = CsvOptions.DEFAULTS.delimiter();
        char arrayDelimiter = CsvOptions.DEFAULTS.arrayDelimiter();
        String query = null;
        Path file = null;
        Path save = null;
        StoreFormat saveFormat = null;
        Map<String, Path> catalogs = new LinkedHashMap<>();
        java.time.Duration timeout = null;
        OptionReader in = new OptionReader(args, true);
        while (in.next()) {
            if (in.isOperand()) {
                if (query != null) {
                    throw new UsageException("more than one query given; put the query in quotes");
                }
                query = in.operand();
                continue;
            }
            String name = in.name();
            switch (name) {
                case "--graph" -> graph = Path.of(in.value());
                case "--file" -> file = Path.of(in.value());
                case "--save" -> save = Path.of(in.value());
                case "--save-format" -> saveFormat = saveFormat(in.value());
                case "--catalog" -> catalog(in.value(), catalogs);
                case "--timeout" -> timeout = timeout(in.value());
                case "--format" -> format = format(in.value());
                case "--output" -> output = Path.of(in.value());
                case "--param" -> parameter(in.value(), parameters);
                case "--delimiter" -> delimiter = delimiter(name, in.value());
                case "--array-delimiter" -> arrayDelimiter = delimiter(name, in.value());
                default -> throw new UsageException("unknown option '" + name + "'");
            }
        }
        if (graph == null && catalogs.isEmpty()) {
            throw new UsageException("missing --graph DIR (or --catalog DIR); usage: " + QUERY_USAGE);
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
        if (format.isBinary() && output == null) {
            throw new UsageException("--format " + format.cliName() + " writes a binary file: give it --output FILE");
        }
        return new QueryOptions(Optional.ofNullable(graph), catalogs, Optional.ofNullable(timeout), format,
                Optional.ofNullable(output), parameters, csvOptions(delimiter, arrayDelimiter),
                Optional.ofNullable(query), Optional.ofNullable(file), Optional.ofNullable(save),
                saveFormat == null ? StoreFormat.DELTA : saveFormat, verbose);
    }

    private static ShellOptions shell(Deque<String> args, boolean verbose) throws UsageException {
        Path graph = null;
        Map<String, Path> catalogs = new LinkedHashMap<>();
        java.time.Duration timeout = null;
        OptionReader in = new OptionReader(args, false);
        while (in.next()) {
            String name = in.name();
            switch (name) {
                case "--graph" -> graph = Path.of(in.value());
                case "--catalog" -> catalog(in.value(), catalogs);
                case "--timeout" -> timeout = timeout(in.value());
                default -> throw new UsageException(name.startsWith("-") ? "unknown option '" + name + "'"
                        : "quiver shell reads its queries from the terminal; usage: " + SHELL_USAGE);
            }
        }
        return new ShellOptions(Optional.ofNullable(graph), catalogs, Optional.ofNullable(timeout), verbose);
    }

    private static SchemaOptions schema(Deque<String> args, boolean verbose) throws UsageException {
        Path graph = null;
        Map<String, Path> catalogs = new LinkedHashMap<>();
        String graphName = null;
        String format = "text";
        OptionReader in = new OptionReader(args, false);
        while (in.next()) {
            String name = in.name();
            switch (name) {
                case "--graph" -> graph = Path.of(in.value());
                case "--catalog" -> catalog(in.value(), catalogs);
                case "--name" -> graphName = in.value();
                case "--format" -> format = in.value();
                default -> throw new UsageException("unknown " + (name.startsWith("-") ? "option '" : "argument '")
                        + name + "'; usage: " + SCHEMA_USAGE);
            }
        }
        if (!java.util.Set.of("text", "dot", "svg").contains(format)) {
            throw new UsageException("unknown schema format '" + format + "'; expected text|dot|svg");
        }
        if ((graph == null) == (graphName == null)) {
            throw new UsageException("give --graph DIR or --catalog DIR --name G; usage: " + SCHEMA_USAGE);
        }
        if (graphName != null && catalogs.isEmpty()) {
            throw new UsageException("--name needs --catalog DIR; usage: " + SCHEMA_USAGE);
        }
        if (graphName != null && !graphName.contains(".")) {
            if (catalogs.size() > 1) {
                throw new UsageException("--name " + graphName + ": say which catalog, as NAME." + graphName);
            }
            graphName = catalogs.keySet().iterator().next() + "." + graphName;
        }
        return new SchemaOptions(Optional.ofNullable(graph), catalogs, Optional.ofNullable(graphName), format, verbose);
    }

    private static OutputFormat format(String name) throws UsageException {
        return OutputFormat.named(name).orElseThrow(() ->
                new UsageException("unknown format '" + name + "'; expected " + OutputFormat.choices()));
    }

    private static StoreFormat saveFormat(String name) throws UsageException {
        return StoreFormat.named(name).orElseThrow(() ->
                new UsageException("unknown save format '" + name + "'; expected " + StoreFormat.choices()));
    }

    /** {@code [NAME=]DIR}: the name defaults to the directory's own name. */
    private static void catalog(String text, Map<String, Path> catalogs) throws UsageException {
        int equals = text.indexOf('=');
        Path directory = Path.of(equals < 0 ? text : text.substring(equals + 1));
        Path fileName = directory.toAbsolutePath().normalize().getFileName();
        String name = equals >= 0 ? text.substring(0, equals).strip() : fileName == null ? "" : fileName.toString();
        if (!NAMESPACE_NAME.matcher(name).matches()) {
            throw new UsageException("--catalog: '" + name + "' cannot name a namespace (letters, digits and _,"
                    + " not starting with a digit); give one as --catalog NAME=DIR");
        }
        if (name.equals("session")) {
            throw new UsageException("--catalog: 'session' is the namespace of the session's own graphs;"
                    + " give another as --catalog NAME=DIR");
        }
        if (catalogs.containsKey(name)) {
            throw new UsageException("--catalog " + name + " given twice");
        }
        catalogs.put(name, directory);
    }

    /** {@code 30s}, {@code 500ms}, {@code 2m}, {@code 1h}; a bare number is seconds. */
    private static java.time.Duration timeout(String text) throws UsageException {
        java.util.regex.Matcher m = DURATION.matcher(text.strip());
        if (!m.matches() || Long.parseLong(m.group(1)) == 0) {
            throw new UsageException("--timeout takes a positive duration such as 30s, 500ms, 2m or 1h, got '"
                    + text + "'");
        }
        long amount = Long.parseLong(m.group(1));
        String unit = m.group(2) == null ? "s" : m.group(2);
        return switch (unit) {
            case "ms" -> java.time.Duration.ofMillis(amount);
            case "m" -> java.time.Duration.ofMinutes(amount);
            case "h" -> java.time.Duration.ofHours(amount);
            default -> java.time.Duration.ofSeconds(amount);
        };
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
}
