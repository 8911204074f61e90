package org.quiver.parser.tck;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the query doc strings of one feature file, scenario by scenario. */
final class FeatureReader {
    private static final List<String> QUERY_STEPS = List.of("executing query:", "executing control query:",
            "having executed:");

    private final String file;
    private final List<String> lines;
    private final List<TckQuery> queries = new ArrayList<>();

    private String scenario;
    private final List<String[]> stepQueries = new ArrayList<>();
    private String expectedSyntaxError = "";
    private List<String> header;
    private final List<List<String>> examples = new ArrayList<>();

    FeatureReader(String file, List<String> lines) {
        this.file = file;
        this.lines = lines;
    }

    List<TckQuery> queries() {
        String pendingStep = null;
        boolean inExamples = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.startsWith("Scenario") || line.startsWith("Background:")) {
                finishScenario();
                scenario = file + ":" + (i + 1) + " " + line;
                inExamples = false;
            } else if (line.startsWith("Examples:")) {
                inExamples = true;
                header = null;
            } else if (line.startsWith("\"\"\"")) {
                int indent = lines.get(i).indexOf("\"\"\"");
                StringBuilder text = new StringBuilder();
                for (i++; !lines.get(i).strip().startsWith("\"\"\""); i++) {
                    String content = lines.get(i);
                    text.append(content.length() >= indent ? content.substring(indent) : content.strip()).append('\n');
                }
                if (pendingStep != null) {
                    stepQueries.add(new String[] {pendingStep, text.toString()});
                }
                pendingStep = null;
            } else if (line.startsWith("|") && inExamples) {
                List<String> cells = cells(line);
                if (header == null) {
                    header = cells;
                } else {
                    examples.add(cells);
                }
            } else if (!line.isEmpty() && !line.startsWith("|") && !line.startsWith("#")) {
                pendingStep = QUERY_STEPS.stream().filter(line::endsWith).findFirst().orElse(null);
                String compileTimeError = "Then a SyntaxError should be raised at compile time:";
                if (line.startsWith(compileTimeError)) {
                    expectedSyntaxError = line.substring(compileTimeError.length()).strip();
                }
            }
        }
        finishScenario();
        return queries;
    }

    /** Emits the scenario's queries, once per Examples row for an outline. */
    private void finishScenario() {
        List<Map<String, String>> rows = new ArrayList<>();
        if (header == null || examples.isEmpty()) {
            rows.add(Map.of());
        }
        for (List<String> row : examples) {
            Map<String, String> values = new LinkedHashMap<>();
            for (int c = 0; c < header.size() && c < row.size(); c++) {
                values.put(header.get(c), row.get(c));
            }
            rows.add(values);
        }
        for (Map<String, String> row : rows) {
            for (String[] step : stepQueries) {
                String text = step[1];
                for (var value : row.entrySet()) {
                    text = text.replace("<" + value.getKey() + ">", value.getValue());
                }
                // Only the query under test is expected to fail; setup and control queries must run.
                String expected = step[0].equals("executing query:") ? expectedSyntaxError : "";
                queries.add(new TckQuery(scenario + (row.isEmpty() ? "" : " " + row), step[0], text, expected));
            }
        }
        stepQueries.clear();
        examples.clear();
        header = null;
        expectedSyntaxError = "";
    }

    /** The cells of a table row; \| is a bar inside a cell, \\ a backslash, \n a line break. */
    private static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        for (int i = 1; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length()) {
                char next = line.charAt(++i);
                cell.append(next == 'n' ? '\n' : next == '|' || next == '\\' ? next : "\\" + next);
            } else if (c == '|') {
                cells.add(cell.toString().strip());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        return cells;
    }
}
