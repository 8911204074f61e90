package org.quiver.stats;

import static org.apache.spark.sql.functions.approx_count_distinct;
import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.AtomicType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.quiver.api.PropertyGraph;
import org.quiver.graph.NodeTable;
import org.quiver.graph.RelationshipTable;
import org.quiver.planner.stats.DegreeMoments;
import org.quiver.planner.stats.GraphStatistics;
import org.quiver.planner.stats.NodeGroupStatistics;
import org.quiver.planner.stats.PropertyStatistics;
import org.quiver.planner.stats.RelationshipGroupStatistics;

/**
 * Gathers a graph's {@link GraphStatistics} in one Spark job: per node table its row count and, per
 * property, the non-null and (approximate) distinct counts; per relationship table the counts per
 * pair of label combinations at its ends (a join of the relationships with the node ids), with
 * distinct sources and targets, and its property counts.
 *
 * <pre>{@code
 * GraphStatistics statistics = GraphStatisticsCollector.collect(graph);
 * }</pre>
 */
public final class GraphStatisticsCollector {
    public static final String MIN_BYTES_SETTING = "spark.quiver.statistics.minGraphBytes";
    public static final long DEFAULT_MIN_BYTES = 1 << 20;
    private static final String COMBINATION = "combination";
    private static final Column NO_MOMENTS = lit(null).cast(DataTypes.createArrayType(DataTypes.DoubleType)).as("moments");
    private static final Column NO_PROPERTIES = array().cast(DataTypes.createArrayType(new StructType()
            .add("key", DataTypes.StringType).add("nonNull", DataTypes.LongType).add("distinct", DataTypes.LongType)))
            .as("properties");

    private GraphStatisticsCollector() {
    }

    /**
     * The statistics of {@code graph}, or {@link GraphStatistics#UNKNOWN} when Spark's own size
     * estimate of all its tables (known without running a job) is below the Spark setting
     * {@value #MIN_BYTES_SETTING} (default {@value #DEFAULT_MIN_BYTES} bytes): on so little data a
     * statistics job costs more than any join order can save.
     */
    public static GraphStatistics collect(PropertyGraph graph) {
        List<Dataset<Row>> tables = new ArrayList<>();
        graph.nodeTables().forEach(t -> tables.add(t.data()));
        graph.relationshipTables().forEach(t -> tables.add(t.data()));
        if (tables.isEmpty()) {
            return GraphStatistics.of(List.of(), List.of(), Map.of());
        }
        long minBytes = minBytes(tables.get(0).sparkSession().conf()
                .get(MIN_BYTES_SETTING, Long.toString(DEFAULT_MIN_BYTES)));
        java.math.BigInteger size = java.math.BigInteger.ZERO;
        for (Dataset<Row> table : tables) {
            size = size.add(table.queryExecution().optimizedPlan().stats().sizeInBytes().bigInteger());
        }
        if (size.compareTo(java.math.BigInteger.valueOf(minBytes)) < 0) {
            return GraphStatistics.UNKNOWN;
        }
        return gather(graph);
    }

    private static long minBytes(String setting) {
        try {
            return Long.parseLong(setting.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("The Spark setting " + MIN_BYTES_SETTING
                    + " must be a number of bytes, not '" + setting + "'", e);
        }
    }

    /** Gathers the statistics of {@code graph} whatever its size. */
    public static GraphStatistics gather(PropertyGraph graph) {
        List<NodeTable> nodeTables = graph.nodeTables();
        List<RelationshipTable> relationshipTables = graph.relationshipTables();
        List<Dataset<Row>> parts = new ArrayList<>();
        for (int i = 0; i < nodeTables.size(); i++) {
            NodeTable t = nodeTables.get(i);
            parts.add(t.data().agg(count(lit(1)).as("count"), properties(t.data(), t.properties().keySet()))
                    .select(lit("node").as("kind"), lit(i).as("table"), lit(-1).as("source"), lit(-1).as("target"),
                            col("count"), lit(0L).as("sources"), lit(0L).as("targets"), col("properties"), NO_MOMENTS));
        }
        Dataset<Row> combinations = nodeCombinations(nodeTables);
        for (int i = 0; i < relationshipTables.size(); i++) {
            RelationshipTable t = relationshipTables.get(i);
            parts.add(t.data().agg(count(lit(1)).as("count"), properties(t.data(), t.properties().keySet()))
                    .select(lit("relationship").as("kind"), lit(i).as("table"), lit(-1).as("source"),
                            lit(-1).as("target"), col("count"), lit(0L).as("sources"), lit(0L).as("targets"),
                            col("properties"), NO_MOMENTS));
        }
        List<String> types = relationshipTables.stream().map(RelationshipTable::type).distinct().toList();
        if (!relationshipTables.isEmpty()) {
            if (combinations != null) {
                parts.add(endCounts(relationshipTables, combinations));
            }
            parts.add(degreeMoments(relationshipTables, types));
        }
        if (parts.isEmpty()) {
            return GraphStatistics.of(List.of(), List.of(), Map.of());
        }
        Dataset<Row> all = parts.get(0);
        for (Dataset<Row> part : parts.subList(1, parts.size())) {
            all = all.unionByName(part);
        }
        return assemble(all.collectAsList(), nodeTables, relationshipTables, types);
    }

    /** One array of (key, non-null, distinct) structs; distinct only for values Spark can count so. */
    private static Column properties(Dataset<Row> data, Set<String> keys) {
        StructType schema = data.schema();
        List<Column> entries = new ArrayList<>();
        for (String key : keys) {
            Column value = data.col(quoted(key));
            DataType type = schema.apply(key).dataType();
            Column distinct = type instanceof AtomicType ? approx_count_distinct(value) : lit(-1L);
            entries.add(struct(lit(key).as("key"), count(value).as("nonNull"), distinct.cast("long").as("distinct")));
        }
        if (entries.isEmpty()) {
            return NO_PROPERTIES;
        }
        return array(entries.toArray(new Column[0])).as("properties");
    }

    /** Every node id with the index of its table, which stands for its label combination. */
    private static Dataset<Row> nodeCombinations(List<NodeTable> nodeTables) {
        Dataset<Row> all = null;
        for (int i = 0; i < nodeTables.size(); i++) {
            Dataset<Row> ids = nodeTables.get(i).data().select(col(quoted(NodeTable.ID)).as("id"), lit(i).as(COMBINATION));
            all = all == null ? ids : all.unionByName(ids);
        }
        return all;
    }

    /**
     * Per relationship table and pair of label combinations at its ends: the count and distinct
     * sources and targets. All tables in one union joined twice with the node ids: a pair of joins
     * per table made a graph's first query wait for dozens of shuffles of the same node ids.
     */
    private static Dataset<Row> endCounts(List<RelationshipTable> tables, Dataset<Row> combinations) {
        Dataset<Row> ends = null;
        for (int i = 0; i < tables.size(); i++) {
            Dataset<Row> table = tables.get(i).data().select(lit(i).as("table"),
                    col(quoted(RelationshipTable.SOURCE)).as("src"), col(quoted(RelationshipTable.TARGET)).as("tgt"));
            ends = ends == null ? table : ends.union(table);
        }
        Dataset<Row> sources = combinations.select(col("id").as("s_id"), col(COMBINATION).as("source"));
        Dataset<Row> targets = combinations.select(col("id").as("t_id"), col(COMBINATION).as("target"));
        return ends.join(sources, ends.col("src").equalTo(sources.col("s_id")))
                .join(targets, col("tgt").equalTo(targets.col("t_id")))
                .groupBy(col("table"), col("source"), col("target"))
                .agg(count(lit(1)).as("count"), approx_count_distinct(col("src")).cast("long").as("sources"),
                        approx_count_distinct(col("tgt")).cast("long").as("targets"))
                .select(lit("ends").as("kind"), col("table"), col("source"), col("target"), col("count"),
                        col("sources"), col("targets"), NO_PROPERTIES, NO_MOMENTS);
    }

    /**
     * Per relationship type and node, its out- and in-degree in that type (all its tables), summed
     * as squares and products, and its self-loops: each type's {@link DegreeMoments}, one row a type,
     * two shuffles in all.
     */
    private static Dataset<Row> degreeMoments(List<RelationshipTable> tables, List<String> types) {
        Dataset<Row> ends = null;
        for (RelationshipTable t : tables) {
            Column type = lit(types.indexOf(t.type())).as("type");
            Column loop = col(quoted(RelationshipTable.SOURCE)).equalTo(col(quoted(RelationshipTable.TARGET)))
                    .cast("long").as("l");
            Dataset<Row> both = t.data().select(type, col(quoted(RelationshipTable.SOURCE)).as("node"),
                    lit(1L).as("o"), lit(0L).as("i"), loop)
                    .union(t.data().select(type, col(quoted(RelationshipTable.TARGET)).as("node"), lit(0L).as("o"),
                            lit(1L).as("i"), lit(0L).as("l")));
            ends = ends == null ? both : ends.union(both);
        }
        Dataset<Row> degrees = ends.groupBy(col("type"), col("node"))
                .agg(sum(col("o")).as("o"), sum(col("i")).as("i"), sum(col("l")).as("l"));
        Column o = col("o").cast("double");
        Column i = col("i").cast("double");
        return degrees.groupBy(col("type"))
                .agg(sum(col("o")).as("count"), array(sum(o.multiply(o)), sum(i.multiply(i)), sum(o.multiply(i)),
                        sum(col("l")).cast("double")).as("moments"))
                .select(lit("moments").as("kind"), col("type").as("table"), lit(-1).as("source"), lit(-1).as("target"),
                        col("count"), lit(0L).as("sources"), lit(0L).as("targets"), NO_PROPERTIES, col("moments"));
    }

    private static GraphStatistics assemble(List<Row> rows, List<NodeTable> nodeTables,
            List<RelationshipTable> relationshipTables, List<String> types) {
        Map<String, DegreeMoments> moments = new HashMap<>();
        Map<Set<String>, long[]> nodeCounts = new LinkedHashMap<>();
        Map<Set<String>, Map<String, PropertyStatistics>> nodeProperties = new HashMap<>();
        List<RelationshipGroupStatistics> relationshipGroups = new ArrayList<>();
        Map<String, Map<String, PropertyStatistics>> relationshipProperties = new HashMap<>();
        for (Row row : rows) {
            String kind = row.getString(0);
            int table = row.getInt(1);
            long rowCount = row.getLong(4);
            switch (kind) {
                case "node" -> {
                    Set<String> labels = nodeTables.get(table).labels();
                    nodeCounts.computeIfAbsent(labels, l -> new long[1])[0] += rowCount;
                    addProperties(row, nodeProperties.computeIfAbsent(labels, l -> new HashMap<>()));
                }
                case "relationship" -> addProperties(row, relationshipProperties.computeIfAbsent(
                        relationshipTables.get(table).type(), t -> new HashMap<>()));
                case "moments" -> {
                    List<Double> sums = row.getList(8);
                    moments.put(types.get(table), new DegreeMoments(rowCount, sums.get(0), sums.get(1), sums.get(2),
                            sums.get(3).longValue()));
                }
                default -> relationshipGroups.add(new RelationshipGroupStatistics(relationshipTables.get(table).type(),
                        nodeTables.get(row.getInt(2)).labels(), nodeTables.get(row.getInt(3)).labels(), rowCount,
                        row.getLong(5), row.getLong(6)));
            }
        }
        List<NodeGroupStatistics> nodeGroups = new ArrayList<>();
        nodeCounts.forEach((labels, n) -> nodeGroups.add(
                new NodeGroupStatistics(labels, n[0], nodeProperties.getOrDefault(labels, Map.of()))));
        return GraphStatistics.of(nodeGroups, relationshipGroups, relationshipProperties, moments);
    }

    /** Tables of the same label combination or type add their counts; distinct counts take the larger. */
    private static void addProperties(Row row, Map<String, PropertyStatistics> into) {
        List<Row> entries = row.getList(7);
        for (Row e : entries) {
            long nonNull = e.getLong(1);
            long distinct = e.getLong(2) < 0 ? nonNull : e.getLong(2);
            into.merge(e.getString(0), new PropertyStatistics(nonNull, distinct),
                    (a, b) -> new PropertyStatistics(a.nonNull() + b.nonNull(), Math.max(a.distinct(), b.distinct())));
        }
    }

    private static String quoted(String column) {
        return "`" + column.replace("`", "``") + "`";
    }
}
