package org.quiver.compile;

import java.util.Arrays;
import java.util.List;
import org.quiver.anyvalue.OrderKey;
import org.quiver.planner.logical.Filter;
import org.quiver.planner.logical.Limit;
import org.quiver.planner.logical.LogicalOp;
import org.quiver.planner.logical.Project;
import org.quiver.planner.logical.Skip;
import org.quiver.planner.logical.Sort;

/**
 * An order of an update's input rows that does not depend on Spark: the order of Cypher's
 * {@code ORDER BY} over the rows' values, and rows that tie in it while differing (1 and 1.0,
 * 0.0 and -0.0, one instant in two zones) by type, then exact value ({@link ExactValueText}).
 * Updates number new elements in this order, so the same statement on the same graph gives the
 * same ids whatever the partition count or join order.
 */
final class RowOrder {
    private RowOrder() {
    }

    /** The positions of {@code rows}, sorted by the rows' values; only identical rows keep their input order. */
    static int[] byValue(List<List<Object>> rows) {
        List<byte[]> keys = rows.stream().map(OrderKey::of).toList();
        String[] exact = new String[rows.size()];
        Integer[] order = new Integer[rows.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> {
            int byOrder = Arrays.compareUnsigned(keys.get(a), keys.get(b));
            if (byOrder != 0) {
                return byOrder;
            }
            // Ties are rare: the exact texts are made only for rows that need them.
            return exactText(exact, rows, a).compareTo(exactText(exact, rows, b));
        });
        return Arrays.stream(order).mapToInt(Integer::intValue).toArray();
    }

    private static String exactText(String[] texts, List<List<Object>> rows, int at) {
        if (texts[at] == null) {
            texts[at] = ExactValueText.of(rows.get(at));
        }
        return texts[at];
    }

    /** The inverse of {@link #byValue}: each row's place in value order. */
    static int[] ranks(List<List<Object>> rows) {
        int[] order = byValue(rows);
        int[] rank = new int[order.length];
        for (int r = 0; r < order.length; r++) {
            rank[order[r]] = r;
        }
        return rank;
    }

    /** Whether {@code plan} ends in an ORDER BY (under projections, filters, SKIP and LIMIT), so its rows' order is the user's. */
    static boolean orderedByQuery(LogicalOp plan) {
        LogicalOp op = plan;
        while (true) {
            if (op instanceof Sort) {
                return true;
            } else if (op instanceof Project p) {
                op = p.input();
            } else if (op instanceof Filter f) {
                op = f.input();
            } else if (op instanceof Skip s) {
                op = s.input();
            } else if (op instanceof Limit l) {
                op = l.input();
            } else {
                return false;
            }
        }
    }
}
