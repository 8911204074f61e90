package org.quiver.compile;

import static org.quiver.compile.TrailExpansion.END;
import static org.quiver.compile.TrailExpansion.START;

import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.StructType;
import org.quiver.parser.ast.PatternPart.PathSelector;
import org.quiver.planner.relational.RepeatExpand;

/**
 * For a breadth-first search towards bound ends (a {@code shortestPath} between two bound nodes),
 * the (start, end) pairs the input asks for and how many: the search stops at the hop that has
 * reached them all instead of exploring the rest of the graph. A few pairs are kept on the driver
 * and looked for in each frontier by a condition that names them; more are stored and joined.
 */
final class WantedPairs {
    static final String WANTED_START = "~wanted.start";
    static final String WANTED_END = "~wanted.end";
    /** Up to this many pairs are collected to the driver. */
    private static final int LISTED = 64;
    private static final Column PAIR = ColumnNames.col(START).equalTo(ColumnNames.col(WANTED_START))
            .and(ColumnNames.col(END).equalTo(ColumnNames.col(WANTED_END)));

    private final Dataset<Row> pairs;
    private final long count;
    private final long reachedAtStart;
    /** The pairs as a condition on START and END, when a frontier holds each pair once. */
    private final Optional<Column> listed;
    /** The distinct start nodes, as {@code START}, when the pairs are on the driver. */
    private final Optional<Dataset<Row>> listedStarts;

    private WantedPairs(Dataset<Row> pairs, long count, long reachedAtStart, Optional<Column> listed,
            Optional<Dataset<Row>> listedStarts) {
        this.pairs = pairs;
        this.listedStarts = listedStarts;
        this.count = count;
        this.reachedAtStart = reachedAtStart;
        this.listed = listed;
    }

    /** Whether a search of {@code op} looks for wanted pairs: it is stored, its end bound, its trails kept per pair. */
    static boolean apply(RepeatExpand op, boolean lazy) {
        return !lazy && op.endBound().isPresent() && (op.selector() != PathSelector.ALL || op.distinctEnds());
    }

    /** The pairs of {@code input}; when {@link #apply} holds, which the caller checks. */
    static WantedPairs of(RepeatExpand op, Dataset<Row> input) {
        Dataset<Row> all = input.select(ColumnNames.col(op.startColumn()).as(WANTED_START),
                        ColumnNames.col(op.endBound().get()).as(WANTED_END))
                .where(ColumnNames.col(WANTED_START).isNotNull().and(ColumnNames.col(WANTED_END).isNotNull()))
                .distinct();
        // Trails to the start itself are found before the first hop, unless only ends matter from one hop on.
        boolean startReachesItself = !(op.distinctEnds() && op.minHops() > 0);
        List<Row> few = all.limit(LISTED + 1).collectAsList();
        if (few.size() > LISTED) {
            Dataset<Row> stored = all.localCheckpoint();
            Row counts = stored.agg(functions.count(functions.lit(1)), functions.count(functions.when(
                    ColumnNames.col(WANTED_START).equalTo(ColumnNames.col(WANTED_END)), 1))).first();
            return new WantedPairs(stored, counts.getLong(0), startReachesItself ? counts.getLong(1) : 0,
                    Optional.empty(), Optional.empty());
        }
        long atStart = startReachesItself ? few.stream().filter(p -> p.get(0).equals(p.get(1))).count() : 0;
        // A frontier holds a pair once when one trail per pair is kept.
        Optional<Column> listed = Optional.empty();
        if (op.selector() == PathSelector.SHORTEST || op.distinctEnds()) {
            Column any = functions.lit(false);
            for (Row pair : few) {
                any = any.or(ColumnNames.col(START).equalTo(functions.lit(pair.get(0)))
                        .and(ColumnNames.col(END).equalTo(functions.lit(pair.get(1)))));
            }
            listed = Optional.of(any);
        }
        List<Row> starts = few.stream().map(p -> p.get(0)).distinct().map(v -> (Row) RowFactory.create(v)).toList();
        StructType startSchema = new StructType().add(START, all.schema().apply(WANTED_START).dataType(), false);
        return new WantedPairs(input.sparkSession().createDataFrame(few, all.schema()), few.size(), atStart, listed,
                Optional.of(input.sparkSession().createDataFrame(starts, startSchema)));
    }

    long count() {
        return count;
    }

    long reachedAtStart() {
        return reachedAtStart;
    }

    /** The distinct start nodes, as {@code START}. */
    Dataset<Row> starts() {
        return listedStarts.orElseGet(() -> pairs.select(ColumnNames.col(WANTED_START).as(START)).distinct());
    }

    /** Whether the pairs, and so {@link #starts()}, are rows on the driver: nothing to store. */
    boolean local() {
        return listedStarts.isPresent();
    }

    /**
     * The rows of a new frontier, and the wanted pairs it reaches, in one job: a pair is first
     * reached at one hop only, so these add up to the pairs reached so far.
     */
    Row frontierCounts(Dataset<Row> next) {
        if (listed.isPresent()) {
            return next.agg(functions.count(functions.lit(1)), functions.count(functions.when(listed.get(), 1))).first();
        }
        return next.join(functions.broadcast(pairs), PAIR, "left_outer").agg(functions.count(functions.lit(1)),
                functions.count_distinct(ColumnNames.col(WANTED_START), ColumnNames.col(WANTED_END))).first();
    }

    /** The rows of {@code trails} (with START and END) between wanted pairs. */
    Dataset<Row> restrict(Dataset<Row> trails) {
        return listed.isPresent() ? trails.where(listed.get())
                : trails.join(functions.broadcast(pairs), PAIR, "left_semi");
    }
}
