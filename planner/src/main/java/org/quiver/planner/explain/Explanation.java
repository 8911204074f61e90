package org.quiver.planner.explain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What {@code EXPLAIN} shows, stage by stage for each part of a statement (a part ends at an update
 * or a graph switch): the clauses, the logical plan, the optimized plan with estimated rows, and,
 * for the first part, the relational plan and the Spark physical plan.
 */
public record Explanation(String clauses, List<Part> parts) {
    public Explanation {
        parts = List.copyOf(parts);
    }

    public record Part(String title, PlanTree logical, PlanTree optimized, Optional<PlanTree> relational,
            Optional<String> sparkPlan) {
    }

    public String text() {
        StringBuilder out = new StringBuilder("Clauses: ").append(clauses).append('\n');
        for (Part part : parts) {
            out.append('\n');
            if (parts.size() > 1) {
                out.append(part.title()).append('\n');
            }
            out.append("Logical plan\n").append(part.logical().text());
            out.append("\nOptimized logical plan (~ estimated rows)\n").append(part.optimized().text());
            part.relational().ifPresent(r -> out.append("\nRelational plan\n").append(r.text()));
            part.sparkPlan().ifPresent(s -> out.append("\nSpark plan\n").append(s));
        }
        return out.toString();
    }

    /** The optimized plan of each part as a Graphviz digraph (render with {@code dot -Tsvg}). */
    public String dot() {
        StringBuilder out = new StringBuilder();
        for (Part part : parts) {
            out.append(part.optimized().dot(part.title()));
        }
        return out.toString();
    }

    public String json() {
        List<String> items = new ArrayList<>();
        for (Part part : parts) {
            StringBuilder out = new StringBuilder("{");
            out.append("\"part\":").append(Json.string(part.title()));
            out.append(",\"logical\":").append(part.logical().json());
            out.append(",\"optimized\":").append(part.optimized().json());
            part.relational().ifPresent(r -> out.append(",\"relational\":").append(r.json()));
            part.sparkPlan().ifPresent(s -> out.append(",\"spark\":").append(Json.string(s)));
            items.add(out.append('}').toString());
        }
        return "{\"clauses\":" + Json.string(clauses) + ",\"parts\":[" + String.join(",", items) + "]}";
    }
}
