package org.quiver.compile;



import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.quiver.parser.ast.PatternPart.PathSelector;
import org.quiver.parser.ast.Span;
import org.quiver.parser.error.LimitExceeded;
import org.quiver.planner.relational.RepeatExpand;

/**
 * Variable-length expansion as repeated joins from a frontier of trails. Only the distinct start
 * nodes expand (the input rows join back at the end), and each hop joins just the trails that the
 * previous hop found. Short bounded ranges stay one lazy plan; unbounded and long ranges
 * materialize each frontier and stop when it is empty, or fail at the hop limit.
 */
final class TrailExpansion {
    /** The Spark session setting that caps the hops of an unbounded variable-length relationship. */
    static final String MAX_HOPS = "quiver.varLength.maxHops";
    static final int DEFAULT_MAX_HOPS = 100;
    /** Bounded ranges up to this many hops are planned lazily, as one plan. */
    private static final int LAZY_HOPS = 6;
    /**
     * Materialized frontiers estimated up to this many bytes are broadcast to the next hop's join;
     * a frontier's rows widen by two longs a hop, so a row count alone would broadcast gigabytes.
     */
    private static final long BROADCAST_BYTES = 64L << 20;

    static final String START = "~trail.start";
    static final String END = "~trail.end";
    static final String IDS = "~trail.ids";
    static final String RELATIONSHIPS = "~trail.relationships";
    static final String NODES = "~trail.nodes";
    static final String FARS = "~trail.fars";
    private static final String REACHED_START = "~reached.start";
    private static final String REACHED_END = "~reached.end";
    private static final String NEAR = "~step.near";
    static final String FAR = "~step.far";
    static final String ID = "~step.id";
    static final String RELATIONSHIP = "~step.relationship";
    static final String NODE = "~step.node";

    private TrailExpansion() {
    }

    static Dataset<Row> expand(RepeatExpand op, Dataset<Row> input, Dataset<Row> stepRows, int maxHopsSetting,
            java.util.OptionalLong rowBudget) {
        List<Column> stepColumns = new ArrayList<>(List.of(ColumnNames.col(op.nearColumn()).as(NEAR),
                ColumnNames.col(op.farColumn()).as(FAR), ColumnNames.col(op.stepIdColumn()).as(ID)));
        op.stepRelationship().ifPresent(r -> stepColumns.add(ExpressionCompiler.compile(r).as(RELATIONSHIP)));
        op.stepNode().ifPresent(n -> stepColumns.add(ExpressionCompiler.compile(n).as(NODE)));
        Dataset<Row> steps = stepRows.select(stepColumns.toArray(Column[]::new));

        // A breadth-first search reads each hop's trails three times (output, frontier, reached
        // pairs); unmaterialized, the plan would repeat them at every later hop.
        // A row budget needs each hop's count, so it materializes bounded ranges too.
        // A short search for distinct ends (with no bound end) stores each hop's frontier but counts
        // none: one Spark job a hop, where the lazy plan repeated every earlier hop (in the output, the
        // next frontier and the reached pairs) and a count made two jobs a hop.
        boolean shortRange = op.maxHops().isPresent() && op.maxHops().getAsInt() <= LAZY_HOPS;
        boolean uncounted = shortRange && op.distinctEnds() && op.endBound().isEmpty() && rowBudget.isEmpty();
        boolean lazy = shortRange && op.selector() == PathSelector.ALL && rowBudget.isEmpty() && !uncounted;
        boolean counted = !lazy && !uncounted;
        // Materialized trails carry ids only (relationship and far-node ids): carrying the values
        // made every stored frontier as wide as its trails' relationships with their properties.
        // A search for distinct ends needs no ids at all: a step over a relationship its trail used
        // leads to a node the search has reached already (see DistinctVarLengthEnds).
        boolean ids = !op.distinctEnds() || op.stepRelationship().isPresent() || op.stepNode().isPresent();
        // A stored shortestPath search keeps a parent pointer per reached pair instead (TrailPointers).
        boolean pointers = !lazy && op.selector() == PathSelector.SHORTEST && !op.distinctEnds();
        Carried carried = pointers ? new Carried(false, false, false, false, true)
                : lazy ? new Carried(ids, op.stepRelationship().isPresent(), op.stepNode().isPresent(), false, false)
                : new Carried(ids, false, false, op.stepNode().isPresent(), false);
        List<Column> first = new ArrayList<>(List.of(ColumnNames.col(START), ColumnNames.col(START).as(END)));
        if (carried.ids()) {
            first.add(emptyList(DataTypes.LongType).as(IDS));
        }
        if (carried.relationships()) {
            first.add(emptyList(steps.schema().apply(RELATIONSHIP).dataType()).as(RELATIONSHIPS));
        }
        if (carried.nodes()) {
            first.add(emptyList(steps.schema().apply(NODE).dataType()).as(NODES));
        }
        if (carried.fars()) {
            first.add(emptyList(DataTypes.LongType).as(FARS));
        }
        java.util.Optional<WantedPairs> wanted = java.util.Optional.empty();
        if (WantedPairs.apply(op, lazy)) {
            // Read for the wanted pairs and again by the join back: stored, it is computed once.
            input = input.localCheckpoint();
            wanted = java.util.Optional.of(WantedPairs.of(op, input));
        }
        Dataset<Row> frontier = (wanted.isPresent() ? wanted.get().starts()
                : input.select(ColumnNames.col(op.startColumn()).as(START)).where(ColumnNames.col(START).isNotNull())
                        .distinct()).select(first.toArray(Column[]::new));
        // Every hop of a long search reads the steps again; materialized frontiers no longer need them after the loop.
        boolean persistSteps = !lazy && !shortRange;
        if (persistSteps) {
            steps = steps.persist(org.apache.spark.storage.StorageLevel.MEMORY_AND_DISK());
        }
        if (counted && !wanted.map(WantedPairs::local).orElse(false)) {
            // The start pairs stay in the reached pairs every hop reads.
            frontier = frontier.localCheckpoint();
        }
        try {
            Dataset<Row> trails = trails(op, steps, frontier, carried, lazy, counted, maxHopsSetting, rowBudget,
                    wanted);
            if (!lazy && (op.stepRelationship().isPresent() || op.stepNode().isPresent())) {
                trails = TrailValues.attach(trails, steps, op.stepNode().isPresent());
            }
            return joinBack(op, input, trails);
        } finally {
            if (persistSteps) {
                steps.unpersist();
            }
        }
    }

    private static Dataset<Row> trails(RepeatExpand op, Dataset<Row> steps, Dataset<Row> start, Carried carried,
            boolean lazy, boolean counted, int maxHopsSetting, java.util.OptionalLong rowBudget,
            java.util.Optional<WantedPairs> wanted) {
        Dataset<Row> frontier = start;
        int last = op.maxHops().orElse(Integer.MAX_VALUE);
        Dataset<Row> trails = op.minHops() == 0 && !carried.pointers() ? frontier : null;
        List<Dataset<Row>> levels = new ArrayList<>();
        long frontierRows = -1;
        long wantedReached = wanted.map(WantedPairs::reachedAtStart).orElse(0L);
        boolean shortest = op.selector() != PathSelector.ALL || op.distinctEnds();
        // The (start, end) pairs found so far; a start has reached itself before the first hop, except
        // when only ends matter and the range starts at one hop: then a trail back to it counts.
        Dataset<Row> reached = op.distinctEnds() && op.minHops() > 0 ? pairs(start).where(functions.lit(false))
                : pairs(start);
        for (int hop = 1; hop <= last; hop++) {
            // A materialized frontier known to be small is broadcast, so the steps are not shuffled each hop.
            boolean small = frontierRows >= 0 && frontierRows * rowBytes(hop - 1, carried) <= BROADCAST_BYTES;
            Dataset<Row> next = hop(small ? functions.broadcast(frontier) : frontier, steps, carried);
            if (shortest) {
                next = firstReached(next, reached, op.distinctEnds() ? PathSelector.SHORTEST : op.selector());
            }
            if (!lazy) {
                next = next.localCheckpoint();
            }
            // Uncounted, a search has no early stop: its short range bounds it.
            if (counted) {
                if (wanted.isPresent()) {
                    Row counts = wanted.get().frontierCounts(next);
                    frontierRows = counts.getLong(0);
                    wantedReached += counts.getLong(1);
                } else {
                    frontierRows = next.count();
                }
                if (frontierRows == 0) {
                    break;
                }
                if (rowBudget.isPresent() && frontierRows > rowBudget.getAsLong()) {
                    throw overBudget(op, hop, frontierRows, rowBudget.getAsLong());
                }
            }
            if (op.maxHops().isEmpty() && hop > maxHopsSetting) {
                throw new LimitExceeded("VariableLengthTooLong", "A variable-length relationship without an upper"
                        + " bound found trails longer than " + maxHopsSetting + " hops; give the pattern an upper"
                        + " bound (*.." + maxHopsSetting + ") or raise the Spark setting " + MAX_HOPS, Span.NONE);
            }
            if (carried.pointers()) {
                levels.add(next);
            } else if (hop >= op.minHops()) {
                trails = trails == null ? next : trails.unionByName(next);
            }
            if (shortest) {
                Dataset<Row> pairs = reached.unionByName(pairs(next));
                // Materialized, every part of the union is stored already.
                reached = pairs;
            }
            frontier = next;
            if (wanted.isPresent() && hop >= op.minHops() && wantedReached == wanted.get().count()) {
                break;
            }
        }
        if (carried.pointers()) {
            return TrailPointers.rebuild(levels, start, op.minHops(), wanted, op.stepNode().isPresent());
        }
        if (trails == null) {
            trails = frontier.where(functions.lit(false));
        }
        return trails;
    }

    /** A materialized frontier row after {@code hops} hops: start, end and the id lists, with overheads. */
    private static long rowBytes(int hops, Carried carried) {
        return 48 + (carried.pointers() ? 16 : 0) + 8L * hops * ((carried.ids() ? 1 : 0) + (carried.fars() ? 1 : 0));
    }

    private static LimitExceeded overBudget(RepeatExpand op, int hop, long rows, long budget) {
        // Lowering names the column <variable>_<n>#ids; an anonymous relationship's variable is UNNAMED_<hint><n>.
        String variable = op.idsColumn().replaceFirst("_[0-9]+#ids$", "");
        String range = "*" + op.minHops() + ".." + (op.maxHops().isPresent() ? op.maxHops().getAsInt() : "");
        String pattern = variable.startsWith("UNNAMED_") ? "an unnamed variable-length relationship [" + range + "]"
                : "the variable-length relationship [" + variable + range + "]";
        return new LimitExceeded("RowBudgetExceeded", "Expanding " + pattern + " reached " + rows + " trails at hop "
                + hop + ", more than the row budget of " + budget + "; bound the pattern more tightly or raise the"
                + " budget (QuiverSession.withRowBudget)", Span.NONE);
    }

    /**
     * Breadth-first search: the trails that reach an end their start had not reached at an earlier
     * hop; for {@code shortestPath()} one of them per (start, end) pair. A shortest trail never
     * comes back to a node, so no trail of a later hop is lost by dropping the others.
     */
    private static Dataset<Row> firstReached(Dataset<Row> next, Dataset<Row> reached, PathSelector selector) {
        Column seen = ColumnNames.col(START).equalTo(ColumnNames.col(REACHED_START))
                .and(ColumnNames.col(END).equalTo(ColumnNames.col(REACHED_END)));
        Dataset<Row> fresh = next.join(reached, seen, "left_anti");
        return selector == PathSelector.SHORTEST ? fresh.dropDuplicates(START, END) : fresh;
    }

    private static Dataset<Row> pairs(Dataset<Row> trails) {
        return trails.select(ColumnNames.col(START).as(REACHED_START), ColumnNames.col(END).as(REACHED_END));
    }

    private static Column emptyList(DataType element) {
        return functions.array().cast(DataTypes.createArrayType(element, true));
    }

    /** One more relationship on every trail of the frontier, never one the trail already used. */
    private static Dataset<Row> hop(Dataset<Row> frontier, Dataset<Row> steps, Carried carried) {
        List<Column> columns = new ArrayList<>(List.of(ColumnNames.col(START), ColumnNames.col(FAR).as(END)));
        if (carried.pointers()) {
            columns.add(ColumnNames.col(END).as(TrailPointers.PREVIOUS));
            columns.add(ColumnNames.col(ID).as(TrailPointers.STEP));
        }
        if (!carried.ids()) {
            return frontier.join(steps, ColumnNames.col(END).equalTo(ColumnNames.col(NEAR)))
                    .select(columns.toArray(Column[]::new));
        }
        columns.add(appended(IDS, ID));
        if (carried.relationships()) {
            columns.add(appended(RELATIONSHIPS, RELATIONSHIP));
        }
        if (carried.nodes()) {
            columns.add(appended(NODES, NODE));
        }
        if (carried.fars()) {
            columns.add(appended(FARS, FAR));
        }
        return frontier.join(steps, ColumnNames.col(END).equalTo(ColumnNames.col(NEAR)))
                .where(functions.not(functions.array_contains(ColumnNames.col(IDS), ColumnNames.col(ID))))
                .select(columns.toArray(Column[]::new));
    }

    private static Column appended(String list, String element) {
        return functions.concat(ColumnNames.col(list), functions.array(ColumnNames.col(element))).as(list);
    }

    /**
     * What each trail row carries: its relationship ids, and step values (lazy plans) or far-node
     * ids; or, for a stored shortestPath search, the pointer to the step that reached it.
     */
    private record Carried(boolean ids, boolean relationships, boolean nodes, boolean fars, boolean pointers) {
    }

    /** Each input row with each trail from its start node (to its bound end, when there is one). */
    private static Dataset<Row> joinBack(RepeatExpand op, Dataset<Row> input, Dataset<Row> trails) {
        Column condition = ColumnNames.col(op.startColumn()).equalTo(ColumnNames.col(START));
        if (op.endBound().isPresent()) {
            condition = condition.and(ColumnNames.col(op.endBound().get()).equalTo(ColumnNames.col(END)));
        }
        List<Column> columns = new ArrayList<>();
        for (String name : input.columns()) {
            columns.add(ColumnNames.col(name));
        }
        columns.add(ColumnNames.col(END).as(op.endColumn()));
        // Without ids (distinct ends) nothing reads the relationship list.
        columns.add((trails.schema().getFieldIndex(IDS).isDefined() ? ColumnNames.col(IDS)
                : emptyList(DataTypes.LongType)).as(op.idsColumn()));
        op.relationshipsColumn().ifPresent(c -> columns.add(inPatternOrder(ColumnNames.col(RELATIONSHIPS), op).as(c)));
        op.innerNodesColumn().ifPresent(c -> {
            // The far node of the last hop is the end, not an inner node.
            Column inner = functions.slice(ColumnNames.col(NODES), functions.lit(1),
                    functions.greatest(functions.size(ColumnNames.col(NODES)).minus(1), functions.lit(0)));
            columns.add(inPatternOrder(inner, op).as(c));
        });
        return input.join(trails, condition, "inner").select(columns.toArray(Column[]::new));
    }

    private static Column inPatternOrder(Column list, RepeatExpand op) {
        return op.reversed() ? functions.reverse(list) : list;
    }
}
