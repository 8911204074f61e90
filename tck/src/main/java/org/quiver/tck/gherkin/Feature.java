package org.quiver.tck.gherkin;

import java.util.List;
import java.util.Objects;

/** A parsed feature file with its outlines expanded: {@code path} is relative to {@code features/}. */
public record Feature(String path, String name, List<String> tags, List<Scenario> scenarios) {
    public Feature {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(name, "name");
        tags = List.copyOf(tags);
        scenarios = List.copyOf(scenarios);
    }
}
