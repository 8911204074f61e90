package org.quiver.compile;

import static org.apache.spark.sql.functions.lit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.quiver.anyvalue.AnyColumns;
import org.quiver.anyvalue.AnyOperations;
import org.quiver.api.PropertyGraph;
import org.quiver.graph.NodeTable;
import org.quiver.graph.RelationshipTable;
import org.quiver.graph.SparkTypes;
import org.quiver.planner.expr.NamedExpr;
import org.quiver.planner.expr.SortKey;
import org.quiver.planner.relational.AntiJoin;
import org.quiver.planner.relational.ArgumentRows;
import org.quiver.planner.relational.CollectMatches;
import org.quiver.planner.relational.Compute;
import org.quiver.planner.relational.Dedup;
import org.quiver.planner.relational.Fetch;
import org.quiver.planner.relational.FetchPerGroup;
import org.quiver.planner.relational.FlagMatches;
import org.quiver.planner.relational.GroupBy;
import org.quiver.planner.relational.Join;
import org.quiver.planner.relational.JoinKey;
import org.quiver.planner.relational.LeftOuterJoin;
import org.quiver.planner.relational.NullSafeJoin;
import org.quiver.planner.relational.Offset;
import org.quiver.planner.relational.OrderBy;
import org.quiver.planner.relational.Orientation;
import org.quiver.planner.relational.PropertyColumn;
import org.quiver.planner.relational.RelColumn;
import org.quiver.planner.relational.RelOp;
import org.quiver.planner.relational.RepeatExpand;
import org.quiver.planner.relational.ScanNodes;
import org.quiver.planner.relational.ScanRelationships;
import org.quiver.planner.relational.Select;
import org.quiver.planner.relational.UnionAll;
import org.quiver.planner.relational.UnitRelation;
import org.quiver.planner.relational.Unnest;
import org.quiver.planner.types.CypherType;

/** Builds the DataFrame of a relational plan over a graph's tables, with the DataFrame API only. */
public final class RelationalCompiler {
    private final SparkSession spark;
    private final PropertyGraph graph;
    private final List<List<Object>> argumentRows;
    private final OptionalLong rowBudget;
    private final JoinBudget joins;
    private final RowCounts counts;
    private final boolean tiesBrokenByText;

    /**
     * A compiler whose {@link ArgumentRows} are {@code argumentRows} (values in column order) and
     * whose SKIP and LIMIT counts read {@code parameters}.
     */
    public RelationalCompiler(SparkSession spark, PropertyGraph graph, List<List<Object>> argumentRows,
            Map<String, ?> parameters) {
        this(spark, graph, argumentRows, parameters, OptionalLong.empty());
    }

    /**
     * One whose variable-length expansions fail once a hop holds more than {@code rowBudget} trails,
     * and whose joins (cartesian products and equi-joins) fail before they run if they would hold more rows than that.
     */
    public RelationalCompiler(SparkSession spark, PropertyGraph graph, List<List<Object>> argumentRows,
            Map<String, ?> parameters, OptionalLong rowBudget) {
        this(spark, graph, argumentRows, parameters, rowBudget, false);
    }

    /**
     * With {@code tiesBrokenByText}, rows that tie in an ORDER BY are ordered by the text of each
     * of their columns, so that an update that takes rows in the query's order (MERGE) takes them
     * in the same order however Spark partitions them.
     */
    RelationalCompiler(SparkSession spark, PropertyGraph graph, List<List<Object>> argumentRows,
            Map<String, ?> parameters, OptionalLong rowBudget, boolean tiesBrokenByText) {
        this.tiesBrokenByText = tiesBrokenByText;
        this.spark = spark;
        this.graph = graph;
        this.argumentRows = List.copyOf(argumentRows);
        this.rowBudget = rowBudget;
        this.joins = new JoinBudget(rowBudget);
        this.counts = new RowCounts(spark, parameters);
    }

    public Dataset<Row> compile(RelOp op) {
        if (op instanceof UnitRelation) {
            return spark.range(1).select();
        } else if (op instanceof AntiJoin anti) {
            Dataset<Row> left = compile(anti.left());
            Dataset<Row> right = compile(anti.right());
            return left.join(right, nullSafeEqual(left, right, anti.keys()), "left_anti");
        } else if (op instanceof FlagMatches flag) {
            return flagMatches(flag);
        } else if (op instanceof CollectMatches collect) {
            return collectMatches(collect);
        } else if (op instanceof UnionAll union) {
            // By name, with missing nested fields as null: node values of different labels have different property structs.
            return compile(union.left()).unionByName(compile(union.right()), true);
        } else if (op instanceof ArgumentRows argument) {
            return argument(argument);
        } else if (op instanceof Unnest unnest) {
            Dataset<Row> input = compile(unnest.input());
            return input.select(functions.col("*"), functions.explode(list(unnest)).as(unnest.column()));
        } else if (op instanceof ScanNodes scan) {
            return scanNodes(scan);
        } else if (op instanceof ScanRelationships scan) {
            return scanRelationships(scan);
        } else if (op instanceof Join join) {
            return join(join);
        } else if (op instanceof NullSafeJoin join) {
            Dataset<Row> left = compile(join.left());
            Dataset<Row> right = compile(join.right());
            return join.keys().isEmpty() ? joins.crossJoin(join.left(), left, join.right(), right)
                    : joins.join(join.left(), left, join.right(), right, join.keys(), join.keepUnmatchedLeft()
                            ? JoinBudget.Kind.NULL_SAFE_LEFT_OUTER : JoinBudget.Kind.NULL_SAFE_INNER);
        } else if (op instanceof FetchPerGroup fetch) {
            return fetchPerGroup(fetch);
        } else if (op instanceof RepeatExpand repeat) {
            int maxHops = Integer.parseInt(spark.conf().get(TrailExpansion.MAX_HOPS,
                    String.valueOf(TrailExpansion.DEFAULT_MAX_HOPS)));
            return TrailExpansion.expand(repeat, compile(repeat.input()), compile(repeat.steps()), maxHops,
                    rowBudget);
        } else if (op instanceof LeftOuterJoin join) {
            Dataset<Row> left = compile(join.left());
            Dataset<Row> right = compile(join.right());
            return joins.join(join.left(), left, join.right(), right, join.keys(), JoinBudget.Kind.LEFT_OUTER);
        } else if (op instanceof Select select) {
            // A condition analysis knows is always null is typed Null; Spark wants a boolean.
            return compile(select.input()).filter(AnyOperations.predicate(
                    ExpressionCompiler.compile(select.predicate()), select.predicate().type()));
        } else if (op instanceof Compute compute) {
            return compile(compute.input()).select(named(compute.outputs()));
        } else if (op instanceof GroupBy group && !SparkOrder.groupsNatively(group)) {
            return SparkOrder.groupBy(compile(group.input()), group);
        } else if (op instanceof GroupBy group) {
            Dataset<Row> input = compile(group.input());
            Column[] aggregates = named(group.aggregates());
            Column first = aggregates[0];
            Column[] rest = Arrays.copyOfRange(aggregates, 1, aggregates.length);
            return input.groupBy(named(group.keys())).agg(first, rest);
        } else if (op instanceof Dedup dedup) {
            return SparkOrder.distinct(compile(dedup.input()));
        } else if (op instanceof OrderBy order) {
            return orderBy(order);
        } else if (op instanceof Offset offset) {
            return compile(offset.input()).offset(counts.evaluate(offset.count()));
        } else if (op instanceof Fetch fetch) {
            return compile(fetch.input()).limit(counts.evaluate(fetch.count()));
        }
        throw new IllegalStateException("no Spark compilation for " + op.getClass().getSimpleName());
    }

    private Dataset<Row> orderBy(OrderBy order) {
        Dataset<Row> input = compile(order.input());
        List<Column> keys = new ArrayList<>(order.keys().stream().map(RelationalCompiler::sortColumn).toList());
        if (tiesBrokenByText) {
            // Text, not the values themselves: every Spark type has one (maps and variants do not
            // sort), and it tells apart what the value order holds equal (a variant's 1 and 1.0, -0.0).
            for (String column : input.columns()) {
                keys.add(input.col(ColumnNames.quoted(column)).cast(DataTypes.StringType).asc_nulls_last());
            }
        }
        return input.orderBy(keys.toArray(Column[]::new));
    }

    private Dataset<Row> flagMatches(FlagMatches flag) {
        Dataset<Row> left = compile(flag.left());
        String marker = flag.flag() + "~marker";
        Dataset<Row> right = compile(flag.right()).withColumn(marker, functions.lit(true));
        Column condition = nullSafeEqual(left, right, flag.keys());
        List<Column> columns = new ArrayList<>();
        for (String name : left.columns()) {
            columns.add(left.col(ColumnNames.quoted(name)));
        }
        columns.add(functions.coalesce(right.col(ColumnNames.quoted(marker)), functions.lit(false)).as(flag.flag()));
        return left.join(right, condition, "left_outer").select(columns.toArray(Column[]::new));
    }

    private Dataset<Row> collectMatches(CollectMatches collect) {
        Dataset<Row> left = compile(collect.left());
        Dataset<Row> right = compile(collect.right());
        List<Column> columns = new ArrayList<>();
        for (String name : left.columns()) {
            columns.add(left.col(ColumnNames.quoted(name)));
        }
        Column list = right.col(ColumnNames.quoted(collect.listColumn()));
        org.apache.spark.sql.types.DataType type = right.schema().apply(collect.listColumn()).dataType();
        columns.add(functions.coalesce(list, functions.array().cast(type)).as(collect.listColumn()));
        return left.join(right, nullSafeEqual(left, right, collect.keys()), "left_outer")
                .select(columns.toArray(Column[]::new));
    }

    /** Rows numbered within their group in the wanted order (by the group itself when none), then the wanted numbers kept. */
    private Dataset<Row> fetchPerGroup(FetchPerGroup fetch) {
        Column[] groups = fetch.groupColumns().stream().map(ColumnNames::col).toArray(Column[]::new);
        Column[] order = fetch.order().isEmpty() ? groups
                : fetch.order().stream().map(RelationalCompiler::sortColumn).toArray(Column[]::new);
        if (order.length == 0) {
            order = new Column[] {functions.lit(1)};
        }
        String number = "~row";
        Column n = functions.col(ColumnNames.quoted(number));
        long skip = fetch.skip().map(counts::evaluate).orElse(0);
        Column kept = n.gt(skip);
        if (fetch.limit().isPresent()) {
            kept = kept.and(n.leq(skip + counts.evaluate(fetch.limit().get())));
        }
        return compile(fetch.input())
                .withColumn(number, functions.row_number().over(
                        org.apache.spark.sql.expressions.Window.partitionBy(groups).orderBy(order)))
                .filter(kept).drop(number);
    }

    /** All keys equal, null equal to null: the keys identify rows rather than compare values. */
    private static Column nullSafeEqual(Dataset<Row> left, Dataset<Row> right, List<JoinKey> keys) {
        Column condition = functions.lit(true);
        for (JoinKey key : keys) {
            condition = condition.and(left.col(ColumnNames.quoted(key.leftColumn()))
                    .eqNullSafe(right.col(ColumnNames.quoted(key.rightColumn()))));
        }
        return condition;
    }

    /** UNWIND of a value that is not a list gives that value once; of null, nothing. */
    private static Column list(Unnest unnest) {
        Column value = ExpressionCompiler.compile(unnest.list());
        if (unnest.list().type() instanceof CypherType.ListOf) {
            return value;
        }
        if (unnest.list().type() == CypherType.NULL) {
            return functions.array().cast(DataTypes.createArrayType(DataTypes.NullType));
        }
        return functions.when(value.isNull(), functions.array().cast(DataTypes.createArrayType(SparkTypes.of(
                unnest.elementType())))).otherwise(functions.array(value));
    }

    private Dataset<Row> argument(ArgumentRows argument) {
        List<StructField> fields = new ArrayList<>();
        for (RelColumn c : argument.columns()) {
            fields.add(DataTypes.createStructField(c.name(), SparkTypes.of(c.type()), true));
        }
        List<Row> rows = new ArrayList<>();
        for (List<Object> row : argumentRows) {
            Object[] values = new Object[row.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = ArgumentValues.toSpark(row.get(i), argument.columns().get(i).type());
            }
            rows.add(org.apache.spark.sql.RowFactory.create(values));
        }
        return spark.createDataFrame(rows, new StructType(fields.toArray(StructField[]::new)));
    }

    private static Column sortColumn(SortKey key) {
        Column c = ExpressionCompiler.compile(key.expr());
        if (!SparkOrder.sortsNatively(key.expr().type())) {
            c = AnyOperations.orderKey(c, key.expr().type());
        }
        return key.descending() ? c.desc_nulls_first() : c.asc_nulls_last();
    }

    private static Column[] named(List<NamedExpr> items) {
        return items.stream().map(i -> ExpressionCompiler.compile(i.expr()).as(i.name())).toArray(Column[]::new);
    }

    private Dataset<Row> join(Join join) {
        Dataset<Row> left = join.smallLeft() ? functions.broadcast(compile(join.left())) : compile(join.left());
        Dataset<Row> right = compile(join.right());
        if (join.keys().isEmpty()) {
            return joins.crossJoin(join.left(), left, join.right(), right);
        }
        return joins.join(join.left(), left, join.right(), right, join.keys(), JoinBudget.Kind.INNER);
    }

    private Dataset<Row> scanNodes(ScanNodes scan) {
        List<Dataset<Row>> parts = new ArrayList<>();
        for (NodeTable table : graph.nodeTables()) {
            if (!scan.combinations().contains(table.labels())) {
                continue;
            }
            List<Column> columns = new ArrayList<>();
            columns.add(ColumnNames.col(NodeTable.ID).as(scan.idColumn()));
            columns.add(labels(table.labels()).as(scan.labelsColumn()));
            for (PropertyColumn p : scan.properties()) {
                columns.add(property(table.properties(), p).as(p.column()));
            }
            parts.add(table.data().select(columns.toArray(Column[]::new)));
        }
        return unionAll(parts, scan);
    }

    private static Column labels(Set<String> labels) {
        Column[] names = labels.stream().sorted().map(functions::lit).toArray(Column[]::new);
        return functions.array(names).cast(DataTypes.createArrayType(DataTypes.StringType, true));
    }

    /** A property column of one table, in the encoding of the scan (a variant where the key's types differ). */
    private static Column property(Map<String, CypherType> table, PropertyColumn p) {
        CypherType own = table.get(p.key());
        if (own == null) {
            return ExpressionCompiler.literal(null, p.type());
        }
        Column c = ColumnNames.col(p.key());
        return p.type() == CypherType.NULL ? c : AnyColumns.widened(c, own, p.type());
    }

    private Dataset<Row> scanRelationships(ScanRelationships scan) {
        List<Dataset<Row>> parts = new ArrayList<>();
        for (RelationshipTable table : graph.relationshipTables()) {
            if (!scan.types().contains(table.type())) {
                continue;
            }
            if (scan.orientation() != Orientation.BACKWARD) {
                parts.add(oriented(table, scan, RelationshipTable.SOURCE, RelationshipTable.TARGET));
            }
            if (scan.orientation() != Orientation.FORWARD) {
                Dataset<Row> backward = oriented(table, scan, RelationshipTable.TARGET, RelationshipTable.SOURCE);
                if (scan.orientation() == Orientation.EITHER) {
                    // An undirected pattern matches a self-loop once, not once per orientation.
                    backward = backward.filter(ColumnNames.col(scan.sourceColumn()).notEqual(ColumnNames.col(scan.targetColumn())));
                }
                parts.add(backward);
            }
        }
        return unionAll(parts, scan);
    }

    private static Dataset<Row> oriented(RelationshipTable table, ScanRelationships scan, String near, String far) {
        List<Column> columns = new ArrayList<>();
        columns.add(ColumnNames.col(RelationshipTable.ID).as(scan.idColumn()));
        columns.add(ColumnNames.col(RelationshipTable.SOURCE).as(scan.sourceColumn()));
        columns.add(ColumnNames.col(RelationshipTable.TARGET).as(scan.targetColumn()));
        columns.add(ColumnNames.col(near).as(scan.nearColumn()));
        columns.add(ColumnNames.col(far).as(scan.farColumn()));
        columns.add(lit(table.type()).as(scan.typeColumn()));
        for (PropertyColumn p : scan.properties()) {
            columns.add(property(table.properties(), p).as(p.column()));
        }
        return table.data().select(columns.toArray(Column[]::new));
    }

    private Dataset<Row> unionAll(List<Dataset<Row>> parts, RelOp scan) {
        if (parts.isEmpty()) {
            List<StructField> fields = new ArrayList<>();
            for (RelColumn c : scan.columns()) {
                fields.add(DataTypes.createStructField(c.name(), SparkTypes.of(c.type()), true));
            }
            return spark.createDataFrame(List.of(), new StructType(fields.toArray(StructField[]::new)));
        }
        Dataset<Row> all = parts.get(0);
        for (int i = 1; i < parts.size(); i++) {
            all = all.union(parts.get(i));
        }
        return all;
    }
}
