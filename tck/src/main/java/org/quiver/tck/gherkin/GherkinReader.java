package org.quiver.tck.gherkin;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the part of Gherkin the openCypher TCK uses: Feature, Background, Scenario, Scenario
 * Outline with Examples (expanded here, one {@link Scenario} per row), tags, comments, doc strings
 * and data tables. Free text after a header (a description) is skipped.
 *
 * <pre>{@code
 * Feature feature = GherkinReader.read("clauses/match/Match1.feature", text);
 * }</pre>
 */
public final class GherkinReader {
    private static final List<String> STEP_KEYWORDS = List.of("Given", "When", "Then", "And", "But", "*");

    private final String path;
    private final String[] lines;
    private int next;
    private String featureName;
    private final List<String> featureTags = new ArrayList<>();
    private final List<String> pendingTags = new ArrayList<>();
    private final List<StepDraft> background = new ArrayList<>();
    private final List<ScenarioDraft> scenarios = new ArrayList<>();
    private List<StepDraft> currentSteps;
    private ScenarioDraft currentScenario;
    private List<List<String>> currentTable;

    private GherkinReader(String path, String text) {
        this.path = path;
        this.lines = text.split("\r\n|\r|\n", -1);
    }

    /** Parses {@code text}; {@code path} names the feature in errors and in the result. */
    public static Feature read(String path, String text) {
        return new GherkinReader(path, text).feature();
    }

    private Feature feature() {
        while (next < lines.length) {
            int lineNumber = next + 1;
            String line = lines[next++];
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            if (trimmed.startsWith("@")) {
                pendingTags.addAll(List.of(trimmed.split("\\s+")));
            } else if (trimmed.startsWith("|")) {
                tableRow(trimmed, lineNumber);
            } else if (trimmed.startsWith("\"\"\"") || trimmed.startsWith("```")) {
                docString(line, lineNumber);
            } else if (!header(trimmed, lineNumber) && !step(trimmed, lineNumber)) {
                description(lineNumber);
            }
        }
        if (featureName == null) {
            throw error(1, "no Feature: line");
        }
        List<Scenario> expanded = new ArrayList<>();
        for (ScenarioDraft draft : scenarios) {
            expanded.addAll(OutlineExpansion.expand(draft.name, draft.tags, background, draft.steps,
                    draft.outline ? Optional.of(draft.examples) : Optional.empty(), draft.line));
        }
        return new Feature(path, featureName, featureTags, expanded);
    }

    private boolean header(String trimmed, int lineNumber) {
        String keyword = trimmed.contains(":") ? trimmed.substring(0, trimmed.indexOf(':')).strip() : "";
        String title = trimmed.contains(":") ? trimmed.substring(trimmed.indexOf(':') + 1).strip() : "";
        switch (keyword) {
            case "Feature" -> {
                featureName = title;
                featureTags.addAll(takeTags());
                currentSteps = null;
            }
            case "Background" -> {
                currentSteps = background;
                currentScenario = null;
            }
            case "Scenario", "Example", "Scenario Outline", "Scenario Template" -> {
                List<String> tags = new ArrayList<>(featureTags);
                tags.addAll(takeTags());
                currentScenario = new ScenarioDraft(title, tags, keyword.startsWith("Scenario "), lineNumber);
                scenarios.add(currentScenario);
                currentSteps = currentScenario.steps;
            }
            case "Examples", "Scenarios" -> {
                if (currentScenario == null || !currentScenario.outline) {
                    throw error(lineNumber, "Examples outside a Scenario Outline");
                }
                takeTags();
                currentTable = new ArrayList<>();
                currentScenario.examples.add(currentTable);
                currentSteps = null;
            }
            default -> {
                return false;
            }
        }
        if (!keyword.equals("Examples") && !keyword.equals("Scenarios")) {
            currentTable = null;
        }
        return true;
    }

    private boolean step(String trimmed, int lineNumber) {
        for (String keyword : STEP_KEYWORDS) {
            if (trimmed.startsWith(keyword + " ")) {
                if (currentSteps == null) {
                    throw error(lineNumber, "step outside a Background or Scenario");
                }
                StepDraft step = new StepDraft(keyword, trimmed.substring(keyword.length()).strip(), lineNumber);
                currentSteps.add(step);
                currentTable = step.table;
                return true;
            }
        }
        return false;
    }

    private void tableRow(String trimmed, int lineNumber) {
        if (currentTable == null) {
            throw error(lineNumber, "table row without a step or Examples before it");
        }
        try {
            currentTable.add(TableRow.cells(trimmed));
        } catch (IllegalArgumentException e) {
            throw error(lineNumber, e.getMessage());
        }
    }

    /** Content lines lose as much leading whitespace as the opening delimiter had (Gherkin's rule). */
    private void docString(String opening, int lineNumber) {
        String delimiter = opening.strip().substring(0, 3);
        int indent = opening.indexOf(delimiter);
        List<String> content = new ArrayList<>();
        while (true) {
            if (next >= lines.length) {
                throw error(lineNumber, "doc string not closed");
            }
            String line = lines[next++];
            if (line.strip().equals(delimiter)) {
                break;
            }
            int strip = 0;
            while (strip < indent && strip < line.length() && Character.isWhitespace(line.charAt(strip))) {
                strip++;
            }
            content.add(line.substring(strip).replace("\\\"\\\"\\\"", "\"\"\"").replace("\\`\\`\\`", "```"));
        }
        StepDraft last = lastStep(lineNumber);
        last.docString = String.join("\n", content);
        currentTable = null;
    }

    private void description(int lineNumber) {
        if (currentSteps != null && !currentSteps.isEmpty()) {
            throw error(lineNumber, "unexpected line after a step: " + lines[lineNumber - 1].strip());
        }
    }

    private StepDraft lastStep(int lineNumber) {
        if (currentSteps == null || currentSteps.isEmpty()) {
            throw error(lineNumber, "doc string without a step before it");
        }
        return currentSteps.get(currentSteps.size() - 1);
    }

    private List<String> takeTags() {
        List<String> tags = List.copyOf(pendingTags);
        pendingTags.clear();
        return tags;
    }

    private IllegalArgumentException error(int lineNumber, String message) {
        return new IllegalArgumentException(path + ":" + lineNumber + ": " + message);
    }

    /** A step while its doc string and table are still being read. */
    static final class StepDraft {
        final String keyword;
        final String text;
        final int line;
        String docString;
        final List<List<String>> table = new ArrayList<>();

        StepDraft(String keyword, String text, int line) {
            this.keyword = keyword;
            this.text = text;
            this.line = line;
        }

        Step build(Map<String, String> values) {
            return new Step(keyword, OutlineExpansion.substitute(text, values),
                    Optional.ofNullable(docString).map(d -> OutlineExpansion.substitute(d, values)),
                    table.isEmpty() ? Optional.empty() : Optional.of(new DataTable(table.stream()
                            .map(row -> row.stream().map(c -> OutlineExpansion.substitute(c, values)).toList())
                            .toList())),
                    line);
        }
    }

    private static final class ScenarioDraft {
        final String name;
        final List<String> tags;
        final boolean outline;
        final int line;
        final List<StepDraft> steps = new ArrayList<>();
        final List<List<List<String>>> examples = new ArrayList<>();

        ScenarioDraft(String name, List<String> tags, boolean outline, int line) {
            this.name = name;
            this.tags = tags;
            this.outline = outline;
            this.line = line;
        }
    }
}
