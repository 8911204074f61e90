package org.quiver.compile;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.quiver.parser.ast.Span;
import org.quiver.parser.error.LimitExceeded;
import org.quiver.planner.relational.JoinKey;
import org.quiver.planner.relational.RelColumn;
import org.quiver.planner.relational.RelOp;

/**
 * Joins under a session's row budget. With a budget, the size of a join's output is computed
 * before the join runs, and a join of more rows than the budget stops with
 * {@code RowBudgetExceeded}: a cartesian product counts both inputs; a keyed join counts each
 * side's rows per key value and sums the products of the counts that match (one small job, however
 * many rows the join would hold). Without a budget, joins are built as before, with no extra job.
 */
final class JoinBudget {
    /** How keys are compared and which rows are kept: the four equi-joins the compiler builds. */
    enum Kind {
        INNER(false, false), LEFT_OUTER(false, true), NULL_SAFE_INNER(true, false), NULL_SAFE_LEFT_OUTER(true, true);

        private final boolean nullSafe;
        private final boolean keepsUnmatchedLeft;

        Kind(boolean nullSafe, boolean keepsUnmatchedLeft) {
            this.nullSafe = nullSafe;
            this.keepsUnmatchedLeft = keepsUnmatchedLeft;
        }

        String sparkJoinType() {
            return keepsUnmatchedLeft ? "left_outer" : "inner";
        }

        Column matches(Column left, Column right) {
            return nullSafe ? left.eqNullSafe(right) : left.equalTo(right);
        }
    }

    private final OptionalLong budget;
    /** Sizes of joins already checked, so a join over a join does not count its inner join again. */
    private final Map<Dataset<Row>, Long> knownRows = new IdentityHashMap<>();

    JoinBudget(OptionalLong budget) {
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
                    + " rows, " + overBudget(limit), Span.NONE);
        }
        Dataset<Row> result = left.crossJoin(right);
        knownRows.put(result, product.longValueExact());
        return result;
    }

    /** The equi-join of {@code left} and {@code right} on {@code keys}, refused if it would pass the budget. */
    Dataset<Row> join(RelOp leftOp, Dataset<Row> left, RelOp rightOp, Dataset<Row> right, List<JoinKey> keys,
            Kind kind) {
        Dataset<Row> result = left.join(right, condition(left, right, keys, kind), kind.sparkJoinType());
        if (budget.isEmpty()) {
            return result;
        }
        BigInteger rows = joinedRows(left, right, keys, kind);
        long limit = budget.getAsLong();
        if (rows.compareTo(BigInteger.valueOf(limit)) > 0) {
            throw new LimitExceeded("RowBudgetExceeded", "The join of " + describe(leftOp) + " and "
                    + describe(rightOp) + " on " + describe(keys, kind) + " would hold " + rows + " rows, "
                    + overBudget(limit), Span.NONE);
        }
        knownRows.put(result, rows.longValueExact());
        return result;
    }

    /**
     * The number of rows the join would give: per side the rows counted per key value (a null key
     * matches nothing unless the join is null-safe), the two count tables joined, the products of
     * matching counts summed, and for a left outer join each left group without a match counted once.
     */
    static BigInteger joinedRows(Dataset<Row> left, Dataset<Row> right, List<JoinKey> keys, Kind kind) {
        Dataset<Row> leftCounts = countsPerKey(left, keys.stream().map(JoinKey::leftColumn).toList(), "left");
        Dataset<Row> rightCounts = countsPerKey(right, keys.stream().map(JoinKey::rightColumn).toList(), "right");
        Column condition = functions.lit(true);
        for (int i = 0; i < keys.size(); i++) {
            condition = condition.and(kind.matches(leftCounts.col("left" + i), rightCounts.col("right" + i)));
        }
        // Decimal, not long: a product of two counts can pass Long.MAX_VALUE long before it is computed.
        Column leftRows = leftCounts.col("left~rows").cast(DataTypes.createDecimalType(20, 0));
        Column rightRows = rightCounts.col("right~rows").cast(DataTypes.createDecimalType(20, 0));
        Column rows = functions.when(rightRows.isNull(), leftRows).otherwise(leftRows.multiply(rightRows));
        Row sum = leftCounts.join(rightCounts, condition, kind.sparkJoinType())
                .agg(functions.coalesce(functions.sum(rows), functions.lit(BigDecimal.ZERO))).head();
        return sum.getDecimal(0).toBigIntegerExact();
    }

    private static Dataset<Row> countsPerKey(Dataset<Row> data, List<String> columns, String side) {
        Column[] keys = new Column[columns.size()];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = data.col(ColumnNames.quoted(columns.get(i))).as(side + i);
        }
        return data.groupBy(keys).agg(functions.count(functions.lit(1)).as(side + "~rows"));
    }

    private long rows(Dataset<Row> data) {
        Long known = knownRows.get(data);
        return known != null ? known : data.count();
    }

    private static String overBudget(long limit) {
        return "more than the row budget of " + limit + "; connect or filter the patterns, or raise the budget"
                + " (QuiverSession.withRowBudget)";
    }

    private static Column condition(Dataset<Row> left, Dataset<Row> right, List<JoinKey> keys, Kind kind) {
        Column condition = null;
        for (JoinKey key : keys) {
            Column match = kind.matches(left.col(ColumnNames.quoted(key.leftColumn())),
                    right.col(ColumnNames.quoted(key.rightColumn())));
            condition = condition == null ? match : condition.and(match);
        }
        return condition;
    }

    private static String describe(List<JoinKey> keys, Kind kind) {
        String equals = kind.nullSafe ? " <=> " : " = ";
        return keys.stream().map(k -> k.leftColumn() + equals + k.rightColumn()).collect(Collectors.joining(", "));
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
