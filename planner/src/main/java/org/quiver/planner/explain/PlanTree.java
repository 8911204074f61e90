package org.quiver.planner.explain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Function;

/**
 * A plan as data for people and tools: each operator's name, its parameters as text and, where
 * known, its estimated rows. The text tree and the JSON form are both rendered from it.
 */
public record PlanTree(String operator, Map<String, String> parameters, OptionalDouble estimatedRows,
        List<PlanTree> children) {

    public PlanTree {
        parameters = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        children = List.copyOf(children);
    }

    /** The tree of a logical or relational operator; {@code rows} gives an operator's estimate, if any. */
    public static PlanTree of(Object op, Function<Object, OptionalDouble> rows) {
        Map<String, String> parameters = new LinkedHashMap<>();
        PlanPrinter.parameters(op).forEach((k, v) -> parameters.put(k, ExprText.of(v)));
        List<PlanTree> children = new ArrayList<>();
        PlanPrinter.children(op).forEach(c -> children.add(of(c, rows)));
        return new PlanTree(op.getClass().getSimpleName(), parameters, rows.apply(op), children);
    }

    public String text() {
        StringBuilder out = new StringBuilder();
        text("", "", out);
        return out.toString();
    }

    private void text(String firstPrefix, String restPrefix, StringBuilder out) {
        out.append(firstPrefix).append(operator);
        if (!parameters.isEmpty()) {
            List<String> parts = new ArrayList<>();
            parameters.forEach((k, v) -> parts.add(k + "=" + v));
            out.append(' ').append(String.join(", ", parts));
        }
        estimatedRows.ifPresent(r -> out.append("  ~").append(rowsText(r)).append(" rows"));
        out.append('\n');
        for (int i = 0; i < children.size(); i++) {
            boolean last = i == children.size() - 1;
            children.get(i).text(restPrefix + (last ? "└─ " : "├─ "), restPrefix + (last ? "   " : "│  "), out);
        }
    }

    public String json() {
        StringBuilder out = new StringBuilder();
        out.append("{\"operator\":").append(Json.string(operator)).append(",\"parameters\":{");
        List<String> entries = new ArrayList<>();
        parameters.forEach((k, v) -> entries.add(Json.string(k) + ":" + Json.string(v)));
        out.append(String.join(",", entries)).append('}');
        estimatedRows.ifPresent(r -> out.append(",\"estimatedRows\":").append(Math.round(r)));
        out.append(",\"children\":[");
        for (int i = 0; i < children.size(); i++) {
            out.append(i == 0 ? "" : ",").append(children.get(i).json());
        }
        return out.append("]}").toString();
    }

    /** The tree as a Graphviz digraph, each operator a box, edges from an operator to its inputs. */
    public String dot(String name) {
        StringBuilder out = new StringBuilder("digraph ").append(Json.string(name)).append(" {\n");
        out.append("  node [shape=box, fontname=\"monospace\"];\n");
        dot(out, new int[] {0});
        return out.append("}\n").toString();
    }

    private int dot(StringBuilder out, int[] next) {
        int id = next[0]++;
        StringBuilder label = new StringBuilder(operator);
        parameters.forEach((k, v) -> label.append('\n').append(k).append(": ").append(v));
        estimatedRows.ifPresent(r -> label.append("\n~").append(rowsText(r)).append(" rows"));
        out.append("  n").append(id).append(" [label=").append(Json.string(label.toString())).append("];\n");
        for (PlanTree child : children) {
            int childId = child.dot(out, next);
            out.append("  n").append(id).append(" -> n").append(childId).append(";\n");
        }
        return id;
    }

    static String rowsText(double rows) {
        return rows < 1e9 ? Long.toString(Math.round(rows)) : String.format(java.util.Locale.ROOT, "%.2e", rows);
    }
}
