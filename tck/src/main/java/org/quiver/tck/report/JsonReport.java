package org.quiver.tck.report;

import java.util.List;
import java.util.Optional;
import org.quiver.tck.run.Phase;
import org.quiver.tck.run.ScenarioOutcome;

/**
 * {@code tck-report.json}: {@code {"total":N,"passed":N,"failed":N,"scenarios":[{"feature":…,
 * "scenario":…,"example":…,"status":"passed|failed","expectedError":…,"actualError":…,"phase":…,
 * "reason":…}]}}, absent values as {@code null}. Written by hand: the format is this small.
 */
public final class JsonReport {
    private JsonReport() {
    }

    public static String render(List<ScenarioOutcome> outcomes) {
        long passed = outcomes.stream().filter(ScenarioOutcome::passed).count();
        StringBuilder out = new StringBuilder();
        out.append("{\"total\":").append(outcomes.size())
                .append(",\"passed\":").append(passed)
                .append(",\"failed\":").append(outcomes.size() - passed)
                .append(",\"scenarios\":[");
        for (int i = 0; i < outcomes.size(); i++) {
            ScenarioOutcome o = outcomes.get(i);
            out.append(i == 0 ? "\n" : ",\n");
            out.append("{\"feature\":").append(string(o.feature()))
                    .append(",\"scenario\":").append(string(o.scenario()))
                    .append(",\"example\":").append(optional(o.example()))
                    .append(",\"status\":").append(string(o.passed() ? "passed" : "failed"))
                    .append(",\"expectedError\":").append(optional(o.expectedError()))
                    .append(",\"actualError\":").append(optional(o.actualError()))
                    .append(",\"phase\":").append(optional(o.phase().map(Phase::label)))
                    .append(",\"reason\":").append(optional(o.reason()))
                    .append('}');
        }
        return out.append("\n]}\n").toString();
    }

    private static String optional(Optional<String> value) {
        return value.map(JsonReport::string).orElse("null");
    }

    static String string(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
