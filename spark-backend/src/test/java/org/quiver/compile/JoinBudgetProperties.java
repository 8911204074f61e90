package org.quiver.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.quiver.planner.relational.JoinKey;
import org.quiver.testing.TestSpark;

/**
 * The size a row budget checks before a keyed join runs is the size of the join: on generated
 * tables with repeated and null keys, for each of the four equi-joins the compiler builds, the
 * computed size equals the count of rows the Spark join gives.
 */
class JoinBudgetProperties {
    /** A row: two join keys (small, so that they repeat; sometimes null). */
    record KeyPair(Integer first, Integer second) {
    }

    @Provide
    Arbitrary<List<KeyPair>> tables() {
        Arbitrary<Integer> key = Arbitraries.integers().between(0, 3).injectNull(0.25);
        return key.flatMap(first -> key.map(second -> new KeyPair(first, second))).list().ofMaxSize(12);
    }

    @Property(tries = 40)
    void theComputedSizeIsTheJoinsRowCount(@ForAll("tables") List<KeyPair> left, @ForAll("tables") List<KeyPair> right,
            @ForAll boolean bothKeys, @ForAll JoinBudget.Kind kind) {
        Dataset<Row> l = table(left, "l");
        Dataset<Row> r = table(right, "r");
        List<JoinKey> keys = bothKeys ? List.of(new JoinKey("l.k1", "r.k1"), new JoinKey("l#k2", "r#k2"))
                : List.of(new JoinKey("l.k1", "r.k1"));
        Column condition = null;
        for (JoinKey key : keys) {
            Column match = kind.matches(l.col(ColumnNames.quoted(key.leftColumn())),
                    r.col(ColumnNames.quoted(key.rightColumn())));
            condition = condition == null ? match : condition.and(match);
        }
        long joined = l.join(r, condition, kind.sparkJoinType()).count();
        assertEquals(BigInteger.valueOf(joined), JoinBudget.joinedRows(l, r, keys, kind),
                kind + " on " + keys + " of " + left + " and " + right);
    }

    /** Column names with the dots and hashes of plan columns, so the counting must quote them as the join does. */
    private static Dataset<Row> table(List<KeyPair> pairs, String side) {
        StructType schema = new StructType()
                .add(side + ".k1", DataTypes.IntegerType, true)
                .add(side + "#k2", DataTypes.IntegerType, true);
        List<Row> rows = new ArrayList<>();
        for (KeyPair pair : pairs) {
            rows.add(RowFactory.create(pair.first(), pair.second()));
        }
        return TestSpark.spark().createDataFrame(rows, schema);
    }
}
