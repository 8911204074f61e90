package org.quiver.tck.run;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.quiver.api.SideEffects;
import org.quiver.tck.gherkin.DataTable;

/**
 * Compares {@code And the side effects should be:} ({@code | +nodes | 1 |} rows; unlisted counts
 * are 0) with the engine's {@link SideEffects}.
 */
final class SideEffectsCheck {
    private static final List<String> KNOWN =
            List.of("+nodes", "-nodes", "+relationships", "-relationships", "+properties", "-properties", "+labels",
                    "-labels");

    private SideEffectsCheck() {
    }

    /** Why the side effects differ, or empty when they match. */
    static Optional<String> compare(Optional<DataTable> table, SideEffects actual) {
        Map<String, Long> expected = new LinkedHashMap<>();
        KNOWN.forEach(k -> expected.put(k, 0L));
        for (List<String> row : table.map(DataTable::rows).orElse(List.of())) {
            if (row.size() != 2 || !KNOWN.contains(row.get(0))) {
                return Optional.of("unknown side effect row " + row);
            }
            expected.put(row.get(0), Long.parseLong(row.get(1)));
        }
        Map<String, Long> got = new LinkedHashMap<>();
        got.put("+nodes", actual.nodesCreated());
        got.put("-nodes", actual.nodesDeleted());
        got.put("+relationships", actual.relationshipsCreated());
        got.put("-relationships", actual.relationshipsDeleted());
        got.put("+properties", actual.propertiesSet());
        got.put("-properties", actual.propertiesRemoved());
        got.put("+labels", actual.labelsAdded());
        got.put("-labels", actual.labelsRemoved());
        List<String> differences = new ArrayList<>();
        for (String key : KNOWN) {
            if (!expected.get(key).equals(got.get(key))) {
                differences.add(key + " expected " + expected.get(key) + ", got " + got.get(key));
            }
        }
        return differences.isEmpty() ? Optional.empty()
                : Optional.of("side effects differ — " + String.join(", ", differences));
    }
}
