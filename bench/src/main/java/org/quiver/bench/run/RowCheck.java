package org.quiver.bench.run;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.quiver.format.JsonWriter;

/**
 * Whether Quiver and the baseline gave the same rows: both sides are written in one canonical text
 * per row (integers of any width alike, floats to nine significant digits, since two plans may sum
 * in different orders), sorted, and compared.
 */
final class RowCheck {
    private static final int SHOWN = 3;

    private RowCheck() {
    }

    /** The baseline's Spark rows as Java values in column order. */
    static List<List<Object>> values(List<Row> rows) {
        List<List<Object>> values = new ArrayList<>(rows.size());
        for (Row row : rows) {
            List<Object> cells = new ArrayList<>(row.size());
            for (int i = 0; i < row.size(); i++) {
                cells.add(row.get(i));
            }
            values.add(cells);
        }
        return values;
    }

    /** Empty when the two row lists hold the same rows in any order, else what differs. */
    static Optional<String> difference(List<List<Object>> baseline, List<List<Object>> quiver) {
        List<String> expected = canonical(baseline);
        List<String> actual = canonical(quiver);
        if (expected.equals(actual)) {
            return Optional.empty();
        }
        return Optional.of("baseline " + expected.size() + " rows, Quiver " + actual.size() + " rows; only in baseline: "
                + missing(expected, actual) + "; only in Quiver: " + missing(actual, expected));
    }

    private static List<String> canonical(List<List<Object>> rows) {
        List<String> texts = new ArrayList<>(rows.size());
        for (List<Object> row : rows) {
            StringBuilder text = new StringBuilder("[");
            for (int i = 0; i < row.size(); i++) {
                text.append(i == 0 ? "" : ", ").append(canonical(row.get(i)));
            }
            texts.add(text.append(']').toString());
        }
        texts.sort(null);
        return texts;
    }

    private static String canonical(Object value) {
        if (value instanceof Byte || value instanceof Short || value instanceof Integer || value instanceof Long) {
            return Long.toString(((Number) value).longValue());
        }
        if (value instanceof Float || value instanceof Double) {
            return String.format(Locale.ROOT, "%.9g", ((Number) value).doubleValue());
        }
        if (value instanceof List<?> list) {
            return list.stream().map(RowCheck::canonical).toList().toString();
        }
        if (value instanceof scala.collection.Seq<?> seq) {
            return canonical(scala.jdk.javaapi.CollectionConverters.asJava(seq));
        }
        return value instanceof String s ? JsonWriter.toJson(s) : String.valueOf(value);
    }

    /** Up to {@value #SHOWN} rows of {@code rows} that {@code others} lacks (counting duplicates). */
    private static List<String> missing(List<String> rows, List<String> others) {
        Map<String, Integer> left = new HashMap<>();
        others.forEach(r -> left.merge(r, 1, Integer::sum));
        List<String> missing = new ArrayList<>();
        for (String row : rows) {
            if (left.getOrDefault(row, 0) > 0) {
                left.merge(row, -1, Integer::sum);
            } else if (missing.size() < SHOWN) {
                missing.add(row);
            }
        }
        return missing;
    }
}
