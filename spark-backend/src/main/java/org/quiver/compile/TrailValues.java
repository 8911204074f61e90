package org.quiver.compile;

import static org.quiver.compile.TrailExpansion.END;
import static org.quiver.compile.TrailExpansion.FAR;
import static org.quiver.compile.TrailExpansion.FARS;
import static org.quiver.compile.TrailExpansion.ID;
import static org.quiver.compile.TrailExpansion.IDS;
import static org.quiver.compile.TrailExpansion.NODE;
import static org.quiver.compile.TrailExpansion.NODES;
import static org.quiver.compile.TrailExpansion.RELATIONSHIP;
import static org.quiver.compile.TrailExpansion.RELATIONSHIPS;
import static org.quiver.compile.TrailExpansion.START;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;

/**
 * The relationship and inner-node values of materialized trails, looked up once after the
 * expansion from the ids the trails carried: each step (relationship id, far-node id) joins its
 * step row, and a trail's values are gathered back in step order.
 */
final class TrailValues {
    private static final String TRAIL = "~values.trail";
    private static final String POSITION = "~values.position";
    private static final String STEP_ID = "~values.id";
    private static final String STEP_FAR = "~values.far";
    private static final String GATHERED = "~values.gathered";
    private static final String BY_POSITION = "~values.byPosition";

    private TrailValues() {
    }

    /**
     * Trails ({@code START, END, IDS}, and {@code FARS} when {@code withNodes}) with
     * {@code RELATIONSHIPS} and {@code NODES} (the far node of each step) for the step values
     * {@code steps} has.
     */
    static Dataset<Row> attach(Dataset<Row> trails, Dataset<Row> steps, boolean withNodes) {
        List<String> stepColumns = Arrays.asList(steps.columns());
        boolean withRelationships = stepColumns.contains(RELATIONSHIP);
        // Trails may repeat (start, ids) only through self-loops, so each gets a number of its own.
        Dataset<Row> numbered = trails.withColumn(TRAIL, functions.monotonically_increasing_id()).localCheckpoint();

        List<Column> valueColumns = new ArrayList<>(List.of(ColumnNames.col(ID).as(STEP_ID)));
        List<String> key = new ArrayList<>(List.of(STEP_ID));
        if (withNodes) {
            valueColumns.add(ColumnNames.col(FAR).as(STEP_FAR));
            key.add(STEP_FAR);
        }
        List<Column> values = new ArrayList<>();
        if (withRelationships) {
            valueColumns.add(ColumnNames.col(RELATIONSHIP));
            values.add(ColumnNames.col(RELATIONSHIP));
        }
        if (withNodes) {
            valueColumns.add(ColumnNames.col(NODE));
            values.add(ColumnNames.col(NODE));
        }
        // An undirected step table holds each relationship once per direction.
        Dataset<Row> stepValues = steps.select(valueColumns.toArray(Column[]::new))
                .dropDuplicates(key.toArray(String[]::new));

        Dataset<Row> positions = numbered.select(ColumnNames.col(TRAIL), withNodes ? ColumnNames.col(FARS)
                        : functions.lit(null).as(FARS), functions.posexplode(ColumnNames.col(IDS)).as(new String[] {POSITION, STEP_ID}));
        if (withNodes) {
            positions = positions.withColumn(STEP_FAR,
                    functions.element_at(ColumnNames.col(FARS), ColumnNames.col(POSITION).plus(1)));
        }
        // Positions key a map: sorting the values themselves fails when they hold maps.
        Dataset<Row> gathered = positions.join(stepValues, key.toArray(String[]::new))
                .groupBy(ColumnNames.col(TRAIL).as(GATHERED))
                .agg(functions.map_from_entries(functions.collect_list(functions.struct(ColumnNames.col(POSITION),
                        functions.struct(values.toArray(Column[]::new))))).as(BY_POSITION));

        Dataset<Row> joined = numbered.join(gathered, ColumnNames.col(TRAIL).equalTo(ColumnNames.col(GATHERED)), "left");
        List<Column> columns = new ArrayList<>(List.of(ColumnNames.col(START), ColumnNames.col(END),
                ColumnNames.col(IDS)));
        if (withRelationships) {
            columns.add(inOrder(joined, RELATIONSHIP).as(RELATIONSHIPS));
        }
        if (withNodes) {
            columns.add(inOrder(joined, NODE).as(NODES));
        }
        return joined.select(columns.toArray(Column[]::new));
    }

    /** The {@code field} of each step, in step order; empty for a trail of no steps. */
    private static Column inOrder(Dataset<Row> joined, String field) {
        Column steps = functions.size(ColumnNames.col(IDS));
        Column indexes = functions.sequence(functions.lit(0), steps.minus(1));
        Column list = functions.transform(indexes,
                i -> functions.element_at(ColumnNames.col(BY_POSITION), i).getField(field));
        Column empty = functions.slice(list, 1, 0);
        return functions.when(steps.equalTo(0), empty).otherwise(list);
    }
}
