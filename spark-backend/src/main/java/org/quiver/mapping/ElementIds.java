package org.quiver.mapping;

import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.when;

import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.quiver.compile.RuntimeErrors;

/**
 * Element ids of mapped tables. An id is the table's tag (its place among the mapping's node
 * tables, or among its relationship tables) in the high bits and a number for the row in the low
 * {@value #ROW_BITS} bits, so ids of two tables never collide:
 *
 * <ul>
 *   <li>a key of one integral column gives the key itself (two's complement, so keys from
 *       -2^47 to 2^47-1); no data is read to number rows, and a relationship finds the id of its
 *       end node from its own reference column, without a join;</li>
 *   <li>any other key gives the row's rank in key order (0, 1, 2, …), the same on every run as
 *       long as the keys are unique; this sorts the whole table in one partition, so large tables
 *       should have an integral key.</li>
 * </ul>
 *
 * A null or out-of-range integral key fails the query with a {@code DataError} naming the table
 * and column.
 */
final class ElementIds {
    static final int ROW_BITS = 48;
    static final int MAX_TABLES = 1 << 15;
    private static final long ROW_MASK = (1L << ROW_BITS) - 1;
    private static final long MIN_KEY = -(1L << (ROW_BITS - 1));
    private static final long MAX_KEY = (1L << (ROW_BITS - 1)) - 1;

    private ElementIds() {
    }

    /** An id above every id of {@code tables} tagged tables: where new elements may start. */
    static long firstFreeId(int tables) {
        return (long) tables << ROW_BITS;
    }

    static Column fromIntegralKey(int tag, Column key, String table, String column) {
        Column k = key.cast(DataTypes.LongType);
        String source = "table " + table + ", column " + column;
        return when(k.isNull(), RuntimeErrors.dataError(source, lit("a row has no key (null)")))
                .when(k.lt(MIN_KEY).or(k.gt(MAX_KEY)), RuntimeErrors.dataError(source,
                        org.apache.spark.sql.functions.concat(lit("key "), k.cast(DataTypes.StringType),
                                lit(" is outside the range of integral keys, " + MIN_KEY + " to " + MAX_KEY))))
                .otherwise(lit((long) tag << ROW_BITS).bitwiseOR(k.bitwiseAND(lit(ROW_MASK))));
    }

    static Column fromRank(int tag, List<Column> order) {
        Column rank = row_number().over(Window.orderBy(order.toArray(Column[]::new))).cast(DataTypes.LongType);
        return lit((long) tag << ROW_BITS).plus(rank.minus(1));
    }
}
