package org.quiver.shell;

import java.util.ArrayList;
import java.util.List;
import org.quiver.api.SideEffects;

/** A statement's changes in words: {@code Created 1 node, set 2 properties}. */
final class ChangeText {
    private ChangeText() {
    }

    static String of(SideEffects effects) {
        List<String> parts = new ArrayList<>();
        add(parts, "created", effects.nodesCreated(), "node");
        add(parts, "deleted", effects.nodesDeleted(), "node");
        add(parts, "created", effects.relationshipsCreated(), "relationship");
        add(parts, "deleted", effects.relationshipsDeleted(), "relationship");
        add(parts, "set", effects.propertiesSet(), "property");
        add(parts, "removed", effects.propertiesRemoved(), "property");
        add(parts, "added", effects.labelsAdded(), "label");
        add(parts, "removed", effects.labelsRemoved(), "label");
        String text = String.join(", ", parts);
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static void add(List<String> parts, String verb, long count, String noun) {
        if (count > 0) {
            String plural = noun.endsWith("y") ? noun.substring(0, noun.length() - 1) + "ies" : noun + "s";
            parts.add(verb + " " + count + " " + (count == 1 ? noun : plural));
        }
    }
}
