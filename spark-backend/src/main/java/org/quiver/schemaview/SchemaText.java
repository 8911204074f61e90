package org.quiver.schemaview;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.quiver.planner.types.CypherType;

/**
 * A {@link SchemaOverview} as an aligned listing:
 *
 * <pre>
 * Node labels        count  properties
 *   :Person              4  age: Integer, name: String
 *
 * Relationship types count  properties
 *   :KNOWS               3  since: Integer
 *     (:Person)-[:KNOWS]->(:Person)  3
 * </pre>
 */
public final class SchemaText {
    private SchemaText() {
    }

    public static String render(SchemaOverview overview) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"Node labels", "count", "properties"});
        for (SchemaOverview.NodeGroup group : overview.nodeGroups()) {
            rows.add(new String[] {"  " + SchemaOverview.labelText(group.labels()), Long.toString(group.count()),
                    properties(group.properties())});
        }
        int nodeRows = rows.size();
        rows.add(new String[] {"Relationship types", "count", "properties"});
        List<Integer> endpointRows = new ArrayList<>();
        for (SchemaOverview.RelationshipGroup group : overview.relationshipGroups()) {
            rows.add(new String[] {"  :" + group.type(), Long.toString(group.count()), properties(group.properties())});
            for (SchemaOverview.Endpoints e : group.endpoints()) {
                endpointRows.add(rows.size());
                rows.add(new String[] {"    (" + SchemaOverview.labelText(e.source()) + ")-[:" + group.type() + "]->("
                        + SchemaOverview.labelText(e.target()) + ")", Long.toString(e.count()), ""});
            }
        }
        int nameWidth = 0;
        int countWidth = 0;
        for (int i = 0; i < rows.size(); i++) {
            // A pattern line may be long; it is not allowed to push every count to the right.
            if (!endpointRows.contains(i)) {
                nameWidth = Math.max(nameWidth, rows.get(i)[0].length());
            }
            countWidth = Math.max(countWidth, rows.get(i)[1].length());
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < rows.size(); i++) {
            String[] row = rows.get(i);
            if (i == nodeRows) {
                out.append('\n');
            }
            if (endpointRows.contains(i)) {
                out.append(row[0]).append("  ").append(row[1]).append('\n');
                continue;
            }
            String line = pad(row[0], nameWidth) + "  " + " ".repeat(countWidth - row[1].length()) + row[1]
                    + "  " + row[2];
            out.append(line.stripTrailing()).append('\n');
        }
        return out.toString();
    }

    static String properties(Map<String, CypherType> properties) {
        List<String> parts = new ArrayList<>();
        for (String key : SchemaCounter.sortedKeys(properties)) {
            parts.add(key + ": " + properties.get(key).displayName());
        }
        return String.join(", ", parts);
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(Math.max(0, width - text.length()));
    }
}
