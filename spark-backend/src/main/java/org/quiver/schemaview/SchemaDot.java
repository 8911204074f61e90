package org.quiver.schemaview;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * A {@link SchemaOverview} as a Graphviz digraph: a box per label combination (labels, node count,
 * property keys), an edge per (source combination, type, target combination) labelled with the
 * type and how many relationships it stands for.
 */
public final class SchemaDot {
    private SchemaDot() {
    }

    public static String render(SchemaOverview overview) {
        StringBuilder out = new StringBuilder("digraph schema {\n")
                .append("  node [shape=box, fontname=\"Helvetica\"];\n")
                .append("  edge [fontname=\"Helvetica\"];\n");
        Map<Set<String>, String> ids = new HashMap<>();
        for (SchemaOverview.NodeGroup group : overview.nodeGroups()) {
            String id = "n" + ids.size();
            ids.put(group.labels(), id);
            StringBuilder label = new StringBuilder(quoted(SchemaOverview.labelText(group.labels())))
                    .append("\\n").append(group.count()).append(group.count() == 1 ? " node" : " nodes");
            if (!group.properties().isEmpty()) {
                label.append("\\n");
            }
            for (String key : SchemaCounter.sortedKeys(group.properties())) {
                label.append(quoted(key + ": " + group.properties().get(key).displayName())).append("\\l");
            }
            out.append("  ").append(id).append(" [label=\"").append(label).append("\"];\n");
        }
        for (SchemaOverview.RelationshipGroup group : overview.relationshipGroups()) {
            for (SchemaOverview.Endpoints e : group.endpoints()) {
                out.append("  ").append(ids.get(e.source())).append(" -> ").append(ids.get(e.target()))
                        .append(" [label=\":").append(quoted(group.type())).append(" (").append(e.count())
                        .append(")\"];\n");
            }
        }
        return out.append("}\n").toString();
    }

    /** The text inside a DOT string: quotes and backslashes escaped. */
    private static String quoted(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
