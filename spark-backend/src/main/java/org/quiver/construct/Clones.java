package org.quiver.construct;

import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;
import static org.quiver.compile.ColumnNames.col;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.quiver.api.PropertyGraph;
import org.quiver.compile.RuntimeErrors;
import org.quiver.graph.NodeTable;
import org.quiver.graph.RelationshipTable;
import org.quiver.graph.SparkTypes;
import org.quiver.parser.error.UnsupportedFeature;
import org.quiver.planner.types.CypherType;
import org.quiver.planner.update.ConstructAction;

/**
 * The elements a CONSTRUCT copies from the queried graph, with their ids, labels or type and
 * properties, and the properties its SET gives them. A cloned relationship brings its two end nodes.
 * Ids are those of the queried graph ({@link IdShift} places them in the new graph).
 */
final class Clones {
    private static final String ID = ":clone_id";
    private static final String TARGET = ":set_target";
    private static final String VALUE = ":set_value";
    private static final String COUNT = ":set_count";

    private final PropertyGraph queried;
    private final ConstructAction action;
    private final Dataset<Row> rows;
    private final Map<String, CypherType> columnTypes;
    private final Dataset<Row> relationshipIds;
    private final Dataset<Row> nodeIds;

    Clones(PropertyGraph queried, ConstructAction action, Dataset<Row> rows, Map<String, CypherType> columnTypes) {
        this.queried = queried;
        this.action = action;
        this.rows = rows;
        this.columnTypes = columnTypes;
        this.relationshipIds = ids(true);
        List<Dataset<Row>> nodes = new ArrayList<>(List.of(ids(false)));
        for (RelationshipTable t : queried.relationshipTables()) {
            Dataset<Row> cloned = t.data().join(relationshipIds, col(RelationshipTable.ID).equalTo(col(ID)), "left_semi");
            nodes.add(cloned.select(col(RelationshipTable.SOURCE).as(ID)));
            nodes.add(cloned.select(col(RelationshipTable.TARGET).as(ID)));
        }
        this.nodeIds = nodes.stream().reduce(Dataset::union).orElseThrow().distinct();
    }

    /** The distinct ids in the clone columns of nodes ({@code relationships} false) or relationships. */
    private Dataset<Row> ids(boolean relationships) {
        Dataset<Row> ids = rows.sparkSession().createDataFrame(List.of(),
                new StructType().add(ID, DataTypes.LongType, false));
        for (ConstructAction.Clone clone : action.clones()) {
            if (clone.relationship() == relationships) {
                ids = ids.union(rows.select(col(clone.column()).as(ID)).where(col(ID).isNotNull()));
            }
        }
        return ids.distinct();
    }

    NodeTable without(NodeTable t) {
        return new NodeTable(t.labels(), t.properties(),
                t.data().join(nodeIds, col(NodeTable.ID).equalTo(col(ID)), "left_anti"));
    }

    RelationshipTable without(RelationshipTable t) {
        return new RelationshipTable(t.type(), t.properties(),
                t.data().join(relationshipIds, col(RelationshipTable.ID).equalTo(col(ID)), "left_anti"));
    }

    List<NodeTable> nodeTables() {
        List<NodeTable> out = new ArrayList<>();
        for (NodeTable t : queried.nodeTables()) {
            Dataset<Row> data = t.data().join(nodeIds, col(NodeTable.ID).equalTo(col(ID)), "left_semi");
            Map<String, CypherType> properties = new LinkedHashMap<>(t.properties());
            data = withSetProperties(data, NodeTable.ID, false, properties);
            out.add(new NodeTable(t.labels(), properties, data));
        }
        return out;
    }

    List<RelationshipTable> relationshipTables() {
        List<RelationshipTable> out = new ArrayList<>();
        for (RelationshipTable t : queried.relationshipTables()) {
            Dataset<Row> data = t.data().join(relationshipIds, col(RelationshipTable.ID).equalTo(col(ID)), "left_semi");
            Map<String, CypherType> properties = new LinkedHashMap<>(t.properties());
            data = withSetProperties(data, RelationshipTable.ID, true, properties);
            out.add(new RelationshipTable(t.type(), properties, data));
        }
        return out;
    }

    /**
     * Applies the SET items on clones in order; {@code properties} gains the keys set. Two rows that
     * give one element different values for a key fail the query: which one would win is not defined.
     */
    private Dataset<Row> withSetProperties(Dataset<Row> data, String idColumn, boolean relationships,
            Map<String, CypherType> properties) {
        for (ConstructAction.CloneProperty set : action.cloneProperties()) {
            if (set.relationship() != relationships) {
                continue;
            }
            CypherType type = columnTypes.get(set.valueColumn());
            String key = set.key();
            CypherType existing = properties.get(key);
            if (type == CypherType.NULL && existing == null) {
                continue;
            }
            if (existing != null && type != CypherType.NULL && !existing.equals(type)) {
                throw new UnsupportedFeature("SET of property `" + key + "` to a " + type.displayName()
                        + " where the graph holds " + existing.displayName() + " values", null);
            }
            CypherType stored = existing != null ? existing : type;
            Dataset<Row> values = rows.select(col(set.column()).as(TARGET), col(set.valueColumn()).as(VALUE))
                    .where(col(TARGET).isNotNull()).distinct()
                    .groupBy(col(TARGET)).agg(count(lit(1)).as(COUNT), first(col(VALUE)).as(VALUE));
            org.apache.spark.sql.Column value = when(col(COUNT).gt(1), RuntimeErrors.argumentError("ConflictingSet",
                    "CONSTRUCT sets property `" + key + "` of one cloned element to different values"))
                    .otherwise(col(VALUE)).cast(SparkTypes.of(stored));
            org.apache.spark.sql.Column old = existing != null ? col(key) : lit(null).cast(SparkTypes.of(stored));
            data = data.join(values, col(idColumn).equalTo(col(TARGET)), "left")
                    .withColumn(key, when(col(TARGET).isNotNull(), value).otherwise(old))
                    .drop(TARGET, VALUE, COUNT);
            properties.put(key, stored);
        }
        return data;
    }
}
