package org.quiver.planner.golden;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One golden plan file: comment lines ({@code #}), a {@code statistics:} section (see
 * {@link StatisticsStub}), an optional {@code disable:} line naming rules to switch off, the
 * {@code query:} and the {@code expected:} optimized plan.
 */
record PlanCase(Path file, List<String> comments, List<String> statistics, Set<String> disabled, String query,
        String expected) {

    static PlanCase read(Path file) throws IOException {
        List<String> comments = new ArrayList<>();
        List<String> statistics = new ArrayList<>();
        Set<String> disabled = new LinkedHashSet<>();
        StringBuilder query = new StringBuilder();
        StringBuilder expected = new StringBuilder();
        String section = "";
        for (String line : Files.readAllLines(file)) {
            if (!section.equals("expected") && line.startsWith("#")) {
                comments.add(line);
            } else if (line.equals("statistics:") || line.equals("query:") || line.equals("expected:")) {
                section = line.substring(0, line.length() - 1);
            } else if (line.startsWith("disable:")) {
                for (String name : line.substring("disable:".length()).split(",")) {
                    if (!name.isBlank()) {
                        disabled.add(name.strip());
                    }
                }
            } else if (section.equals("statistics")) {
                if (!line.isBlank()) {
                    statistics.add(line.strip());
                }
            } else if (section.equals("query")) {
                query.append(line).append('\n');
            } else if (section.equals("expected")) {
                expected.append(line).append('\n');
            } else if (!line.isBlank()) {
                throw new IllegalArgumentException(file + ": a line outside any section: " + line);
            }
        }
        if (query.isEmpty()) {
            throw new IllegalArgumentException(file + ": no query: section");
        }
        return new PlanCase(file, comments, statistics, disabled, query.toString().strip(), expected.toString().strip());
    }

    String text(String plan) {
        StringBuilder out = new StringBuilder();
        comments.forEach(c -> out.append(c).append('\n'));
        out.append("statistics:\n");
        statistics.forEach(s -> out.append(s).append('\n'));
        if (!disabled.isEmpty()) {
            out.append("disable: ").append(String.join(", ", disabled)).append('\n');
        }
        out.append("query:\n").append(query).append('\n');
        out.append("expected:\n").append(plan.strip()).append('\n');
        return out.toString();
    }
}
