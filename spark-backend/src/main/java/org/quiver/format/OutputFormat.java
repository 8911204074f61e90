package org.quiver.format;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The result formats by the names the command line knows them by: the text formats, and Arrow, a
 * binary file that {@link org.quiver.api.CypherResult#writeArrow} writes.
 */
public enum OutputFormat {
    TABLE(new TableFormat()),
    JSON(new JsonFormat()),
    CSV(new CsvFormat()),
    ARROW(null);

    private final ResultFormat format;

    OutputFormat(ResultFormat format) {
        this.format = format;
    }

    /** Whether the format is binary (Arrow), written to a file rather than as text. */
    public boolean isBinary() {
        return format == null;
    }

    /** The writer of a text format; a binary format has none. */
    public ResultFormat format() {
        if (format == null) {
            throw new IllegalStateException(cliName() + " is a binary format, not text");
        }
        return format;
    }

    /** The name as written on the command line: {@code table}, {@code json}, {@code csv}, {@code arrow}. */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<OutputFormat> named(String name) {
        return Arrays.stream(values()).filter(f -> f.cliName().equals(name.toLowerCase(Locale.ROOT))).findFirst();
    }

    /** {@code table|json|csv|arrow}, for usage messages. */
    public static String choices() {
        return Arrays.stream(values()).map(OutputFormat::cliName).collect(Collectors.joining("|"));
    }
}
