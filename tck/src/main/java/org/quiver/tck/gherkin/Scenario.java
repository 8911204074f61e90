package org.quiver.tck.gherkin;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * A runnable scenario: the background's steps followed by its own. A row of a Scenario Outline's
 * Examples becomes one scenario whose {@link #exampleIndex()} counts the rows of all its Examples
 * tables from 1 and whose {@link #exampleValues()} are that row.
 */
public record Scenario(String name, List<String> tags, OptionalInt exampleIndex, Map<String, String> exampleValues,
        List<Step> steps, int line) {
    public Scenario {
        Objects.requireNonNull(name, "name");
        tags = List.copyOf(tags);
        Objects.requireNonNull(exampleIndex, "exampleIndex");
        exampleValues = Map.copyOf(exampleValues);
        steps = List.copyOf(steps);
    }
}
