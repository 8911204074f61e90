package org.quiver.compile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.quiver.planner.semantic.Segment;

/** The rows of a part that ends in an update, as maps by column name, and the rows it hands over. */
final class SegmentRows {
    private SegmentRows() {
    }

    static List<Map<String, Object>> byName(Segment segment, List<List<Object>> rows) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (List<Object> row : rows) {
            Map<String, Object> named = new HashMap<>();
            for (int i = 0; i < segment.columns().size(); i++) {
                named.put(segment.columns().get(i), row.get(i));
            }
            out.add(named);
        }
        return out;
    }

    /** The values of the variables the next part starts with, in order. */
    static List<Object> handedOver(Segment segment, Map<String, Object> row) {
        List<Object> out = new ArrayList<>();
        segment.handedOver().keySet().forEach(v -> out.add(row.get(v)));
        return out;
    }
}
