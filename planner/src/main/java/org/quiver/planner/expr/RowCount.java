package org.quiver.planner.expr;

import java.util.Objects;
import java.util.OptionalLong;
import org.quiver.parser.ast.Span;

/**
 * The number of rows a SKIP or LIMIT takes. A count written as a number was checked when the query
 * was planned; any other is an expression that reads no variable (parameters, {@code rand()},
 * functions of constants), evaluated once when the query runs and checked then, with the error
 * {@code clause} and {@code span} name.
 */
public record RowCount(Expr value, String clause, Span span) {
    public RowCount {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(clause, "clause");
        if (value.descendants().anyMatch(e -> e instanceof VariableRef || e instanceof ColumnRef
                || e instanceof PropertyOf || e instanceof AggregateCall)) {
            throw new IllegalArgumentException("a row count reads no variable: " + value);
        }
    }

    /** A count known when planning. */
    public static RowCount of(long count, String clause, Span span) {
        if (count < 0) {
            throw new IllegalArgumentException("negative count");
        }
        return new RowCount(Literal.of(count), clause, span);
    }

    /** The count, when it was known while planning. */
    public OptionalLong known() {
        return value instanceof Literal l && l.value() instanceof Long count ? OptionalLong.of(count)
                : OptionalLong.empty();
    }
}
