package org.quiver.tck.gherkin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/** Turns a Scenario (Outline) into runnable scenarios: one per Examples row, placeholders filled. */
final class OutlineExpansion {
    private OutlineExpansion() {
    }

    /**
     * The scenario keeps the outline's name unfilled so that it stays the same when example values
     * change; the example is identified by its index.
     */
    static List<Scenario> expand(String name, List<String> tags, List<GherkinReader.StepDraft> background,
            List<GherkinReader.StepDraft> steps, Optional<List<List<List<String>>>> examples, int line) {
        if (examples.isEmpty()) {
            return List.of(new Scenario(name, tags, OptionalInt.empty(), Map.of(), build(background, steps, Map.of()),
                    line));
        }
        List<Scenario> scenarios = new ArrayList<>();
        int index = 0;
        for (List<List<String>> table : examples.get()) {
            if (table.isEmpty()) {
                continue;
            }
            List<String> header = table.get(0);
            for (List<String> row : table.subList(1, table.size())) {
                Map<String, String> values = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    values.put(header.get(i), row.get(i));
                }
                scenarios.add(new Scenario(name, tags, OptionalInt.of(++index), values,
                        build(background, steps, values), line));
            }
        }
        return scenarios;
    }

    /** Replaces each {@code <name>} of an Examples column by the row's value. */
    static String substitute(String text, Map<String, String> values) {
        String result = text;
        for (Map.Entry<String, String> value : values.entrySet()) {
            result = result.replace("<" + value.getKey() + ">", value.getValue());
        }
        return result;
    }

    private static List<Step> build(List<GherkinReader.StepDraft> background, List<GherkinReader.StepDraft> steps,
            Map<String, String> values) {
        List<Step> built = new ArrayList<>();
        background.forEach(s -> built.add(s.build(Map.of())));
        steps.forEach(s -> built.add(s.build(values)));
        return built;
    }
}
