package org.quiver.tck.values;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Compares a result with a TCK table: the same column names in the same order, then the rows in
 * order, or as a multiset ({@code in any order}). Values compare by {@link CanonicalValue}.
 */
public final class ResultComparison {
    private static final int SHOWN = 3;

    private ResultComparison() {
    }

    /**
     * Why the result differs, or empty when it matches. Throws {@link IllegalArgumentException} when
     * an expected cell is not valid TCK notation.
     */
    public static Optional<String> compare(List<String> expectedColumns, List<List<String>> expectedCells,
            List<String> actualColumns, List<List<Object>> actualRows, boolean inOrder, boolean listsAsMultisets) {
        if (!expectedColumns.equals(actualColumns)) {
            return Optional.of("expected columns " + expectedColumns + ", got " + actualColumns);
        }
        List<List<Object>> expectedRows = new ArrayList<>();
        for (List<String> row : expectedCells) {
            List<Object> values = new ArrayList<>();
            row.forEach(cell -> values.add(TckValueParser.parse(cell)));
            expectedRows.add(values);
        }
        List<String> expected = renderRows(expectedRows, listsAsMultisets);
        List<String> actual = renderRows(actualRows, listsAsMultisets);
        return inOrder ? compareInOrder(expected, actual) : compareAsMultisets(expected, actual);
    }

    /** One text per row; a row keeps its column order even when list elements are sorted. */
    private static List<String> renderRows(List<? extends List<?>> rows, boolean listsAsMultisets) {
        List<String> rendered = new ArrayList<>();
        for (List<?> row : rows) {
            List<String> cells = new ArrayList<>();
            row.forEach(v -> cells.add(CanonicalValue.render(v, listsAsMultisets)));
            rendered.add(String.join(", ", cells));
        }
        return rendered;
    }

    private static Optional<String> compareInOrder(List<String> expected, List<String> actual) {
        if (expected.size() != actual.size()) {
            return Optional.of("expected " + expected.size() + " rows, got " + actual.size()
                    + " — " + difference(expected, actual));
        }
        for (int i = 0; i < expected.size(); i++) {
            if (!expected.get(i).equals(actual.get(i))) {
                boolean sameMultiset = compareAsMultisets(expected, actual).isEmpty();
                return Optional.of((sameMultiset ? "rows in the wrong order" : "rows differ")
                        + " — row " + (i + 1) + ": expected | " + expected.get(i) + " |, got | " + actual.get(i) + " |");
            }
        }
        return Optional.empty();
    }

    private static Optional<String> compareAsMultisets(List<String> expected, List<String> actual) {
        Map<String, Integer> counts = new HashMap<>();
        expected.forEach(r -> counts.merge(r, 1, Integer::sum));
        actual.forEach(r -> counts.merge(r, -1, Integer::sum));
        if (counts.values().stream().allMatch(c -> c == 0)) {
            return Optional.empty();
        }
        String summary = expected.size() == actual.size() ? "rows differ"
                : "expected " + expected.size() + " rows, got " + actual.size();
        return Optional.of(summary + " — " + difference(expected, actual));
    }

    private static String difference(List<String> expected, List<String> actual) {
        List<String> missing = new ArrayList<>(expected);
        actual.forEach(missing::remove);
        List<String> unexpected = new ArrayList<>(actual);
        expected.forEach(unexpected::remove);
        return "missing " + shown(missing) + ", unexpected " + shown(unexpected);
    }

    private static String shown(List<String> rows) {
        List<String> first = rows.subList(0, Math.min(SHOWN, rows.size())).stream().map(r -> "| " + r + " |").toList();
        return rows.size() + (rows.isEmpty() ? "" : " " + String.join(" ", first) + (rows.size() > SHOWN ? " …" : ""));
    }
}
