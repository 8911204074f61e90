package org.quiver.compile;

import static org.quiver.compile.TrailExpansion.END;
import static org.quiver.compile.TrailExpansion.FARS;
import static org.quiver.compile.TrailExpansion.IDS;
import static org.quiver.compile.TrailExpansion.START;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;

/**
 * Trails of a {@code shortestPath} search rebuilt from parent pointers. Each hop's stored frontier
 * holds one row per newly reached (start, end) pair with the node it was reached from
 * ({@link #PREVIOUS}) and the relationship it was reached by ({@link #STEP}): two longs a row, so
 * keeping one trail per pair is a hash aggregate, where carrying each trail's relationship list
 * made it a sort. A pair is reached at one hop only, so walking back from a trail's end through
 * the frontiers, one hop at a time, finds exactly one row a hop.
 */
final class TrailPointers {
    static final String PREVIOUS = "~trail.previous";
    static final String STEP = "~trail.step";
    private static final String CURRENT = "~back.current";
    private static final String BACK_START = "~back.start";
    private static final String BACK_END = "~back.end";
    private static final String BACK_PREVIOUS = "~back.previous";
    private static final String BACK_STEP = "~back.step";

    private TrailPointers() {
    }

    /**
     * The trails ({@code START, END, IDS}, and {@code FARS} when {@code withFars}) ending at each
     * hop from {@code minHops} on; {@code levels} are the stored frontiers of hops 1, 2, …, and
     * {@code start} the start pairs (hop 0). With {@code wanted} pairs, only the trails between them.
     */
    static Dataset<Row> rebuild(List<Dataset<Row>> levels, Dataset<Row> start, int minHops,
            Optional<WantedPairs> wanted, boolean withFars) {
        Dataset<Row> pending = null;
        for (int hop = levels.size(); hop >= 1; hop--) {
            Dataset<Row> level = levels.get(hop - 1);
            if (hop >= minHops) {
                Dataset<Row> ending = ending(wanted.isPresent() ? wanted.get().restrict(level) : level, withFars);
                pending = pending == null ? ending : pending.unionByName(ending);
            }
            if (pending != null) {
                pending = stepBack(pending, level, withFars);
            }
        }
        List<Column> columns = new ArrayList<>(List.of(ColumnNames.col(START), ColumnNames.col(END),
                ColumnNames.col(IDS)));
        if (withFars) {
            columns.add(ColumnNames.col(FARS));
        }
        Dataset<Row> atStart = ending(start, withFars);
        if (wanted.isPresent()) {
            atStart = wanted.get().restrict(atStart);
        }
        if (minHops > 0) {
            atStart = atStart.where(functions.lit(false));
        }
        Dataset<Row> trails = pending == null ? atStart : atStart.unionByName(pending);
        return trails.select(columns.toArray(Column[]::new));
    }

    /** Rows ending where they are: no steps yet, the walk back starting at their end. */
    private static Dataset<Row> ending(Dataset<Row> level, boolean withFars) {
        List<Column> columns = new ArrayList<>(List.of(ColumnNames.col(START), ColumnNames.col(END),
                ColumnNames.col(END).as(CURRENT), emptyLongs().as(IDS)));
        if (withFars) {
            columns.add(emptyLongs().as(FARS));
        }
        return level.select(columns.toArray(Column[]::new));
    }

    /** One hop back: the step that reached each row's current node, put in front of its lists. */
    private static Dataset<Row> stepBack(Dataset<Row> pending, Dataset<Row> level, boolean withFars) {
        Dataset<Row> back = level.select(ColumnNames.col(START).as(BACK_START), ColumnNames.col(END).as(BACK_END),
                ColumnNames.col(PREVIOUS).as(BACK_PREVIOUS), ColumnNames.col(STEP).as(BACK_STEP));
        Column same = ColumnNames.col(START).equalTo(ColumnNames.col(BACK_START))
                .and(ColumnNames.col(CURRENT).equalTo(ColumnNames.col(BACK_END)));
        List<Column> columns = new ArrayList<>(List.of(ColumnNames.col(START), ColumnNames.col(END),
                ColumnNames.col(BACK_PREVIOUS).as(CURRENT),
                functions.concat(functions.array(ColumnNames.col(BACK_STEP)), ColumnNames.col(IDS)).as(IDS)));
        if (withFars) {
            columns.add(functions.concat(functions.array(ColumnNames.col(BACK_END)), ColumnNames.col(FARS)).as(FARS));
        }
        return pending.join(back, same, "inner").select(columns.toArray(Column[]::new));
    }

    private static Column emptyLongs() {
        return functions.array().cast(DataTypes.createArrayType(DataTypes.LongType, true));
    }
}
