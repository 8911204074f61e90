package org.quiver.compile;

import java.math.BigInteger;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.quiver.parser.ast.Span;
import org.quiver.parser.error.LimitExceeded;
import org.quiver.planner.relational.RelColumn;
import org.quiver.planner.relational.RelOp;

/**
 * Cartesian products under a session's row budget: with a budget, both inputs are counted (one
 * Spark job each, before the product runs) and a product of more rows than the budget stops with
 * {@code RowBudgetExceeded}; without one, the product is built as before, with no extra job.
 */
final class ProductBudget {
    private final OptionalLong budget;
    /** Sizes of products already checked, so a product of products does not count its inner product again. */
    private final Map<Dataset<Row>, Long> knownRows = new IdentityHashMap<>();

    ProductBudget(OptionalLong budget) {
        this.budget = budget;
    }

    Dataset<Row> crossJoin(RelOp leftOp, Dataset<Row> left, RelOp rightOp, Dataset<Row> right) {
        if (budget.isEmpty()) {
            return left.crossJoin(right);
        }
        long leftRows = rows(left);
        long rightRows = leftRows == 0 ? 0 : rows(right);
        BigInteger product = BigInteger.valueOf(leftRows).multiply(BigInteger.valueOf(rightRows));
        long limit = budget.getAsLong();
        if (product.compareTo(BigInteger.valueOf(limit)) > 0) {
            throw new LimitExceeded("RowBudgetExceeded", "The cartesian product of " + describe(leftOp) + " and "
                    + describe(rightOp) + " would hold " + leftRows + " x " + rightRows + " = " + product
                    + " rows, more than the row budget of " + limit + "; connect or filter the patterns, or raise"
                    + " the budget (QuiverSession.withRowBudget)", Span.NONE);
        }
        Dataset<Row> result = left.crossJoin(right);
        knownRows.put(result, product.longValueExact());
        return result;
    }

    private long rows(Dataset<Row> data) {
        Long known = knownRows.get(data);
        return known != null ? known : data.count();
    }

    /**
     * The variables a side binds, read back from its column names ({@code <variable>_<n>#id},
     * {@code <variable>_<n>.<key>}); anonymous ones ({@code UNNAMED_…}) are left out.
     */
    static String describe(RelOp op) {
        Set<String> variables = new LinkedHashSet<>();
        for (RelColumn column : op.columns()) {
            String name = column.name().split("[#.]", 2)[0].replaceFirst("_[0-9]+$", "");
            if (!name.isEmpty() && !name.startsWith("UNNAMED")) {
                variables.add(name);
            }
        }
        return variables.isEmpty() ? "an anonymous pattern" : "(" + String.join(", ", List.copyOf(variables)) + ")";
    }
}
