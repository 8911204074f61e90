package org.quiver.format;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The result formats by the names the command line knows them by. */
public enum OutputFormat {
    TABLE(new TableFormat()),
    JSON(new JsonFormat()),
    CSV(new CsvFormat());

    private final ResultFormat format;

    OutputFormat(ResultFormat format) {
        this.format = format;
    }

    public ResultFormat format() {
        return format;
    }

    /** The name as written on the command line: {@code table}, {@code json}, {@code csv}. */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<OutputFormat> named(String name) {
        return Arrays.stream(values()).filter(f -> f.cliName().equals(name.toLowerCase(Locale.ROOT))).findFirst();
    }

    /** {@code table|json|csv}, for usage messages. */
    public static String choices() {
        return Arrays.stream(values()).map(OutputFormat::cliName).collect(Collectors.joining("|"));
    }
}
