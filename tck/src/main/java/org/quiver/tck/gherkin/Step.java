package org.quiver.tck.gherkin;

import java.util.Objects;
import java.util.Optional;

/**
 * One step: its keyword ({@code Given}, {@code When}, {@code Then}, {@code And}, {@code But}), the
 * text after it, and the doc string or data table that follows it, if any.
 */
public record Step(String keyword, String text, Optional<String> docString, Optional<DataTable> table, int line) {
    public Step {
        Objects.requireNonNull(keyword, "keyword");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(docString, "docString");
        Objects.requireNonNull(table, "table");
    }

    @Override
    public String toString() {
        return keyword + " " + text;
    }
}
