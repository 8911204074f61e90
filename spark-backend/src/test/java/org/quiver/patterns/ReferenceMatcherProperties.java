package org.quiver.patterns;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.quiver.api.PropertyGraph;
import org.quiver.api.QuiverSession;
import org.quiver.graph.NodeTable;
import org.quiver.graph.RelationshipTable;
import org.quiver.planner.types.CypherType;
import org.quiver.testing.TestSpark;

/**
 * Patterns of one to three hops (any direction, optional labels and types, fixed or variable
 * length, closed into a cycle or not, matched or optionally matched) on random graphs with self
 * loops and parallel relationships give the rows a naive backtracking matcher finds: every
 * assignment of nodes and relationships that fits, no relationship used twice in the pattern.
 */
class ReferenceMatcherProperties {
    private static final List<Set<String>> LABEL_SETS = List.of(Set.of("A"), Set.of("B"), Set.of("A", "B"));

    record Edge(int source, int target, String type) {
    }

    record Graph(List<Integer> labelSets, List<Edge> edges) {
        Set<String> labels(int node) {
            return LABEL_SETS.get(labelSets.get(node));
        }
    }

    /** One hop: its direction ({@code ->}, {@code <-} or {@code -}), type filter, and length range (min = max = -1: one relationship). */
    record Hop(String arrow, String types, int min, int max) {
        boolean single() {
            return min < 0;
        }

        String text(int i) {
            String length = single() ? "" : "*" + min + ".." + max;
            String rel = "[r" + i + types + length + "]";
            return switch (arrow) {
                case "->" -> "-" + rel + "->";
                case "<-" -> "<-" + rel + "-";
                default -> "-" + rel + "-";
            };
        }

        boolean allows(String type) {
            return types.isEmpty() || types.substring(1).contains(type);
        }
    }

    /** {@code labels.get(i)} is the label of node {@code i} ("" for none); a cycle ends at node 0 again. */
    record Pattern(List<String> labels, List<Hop> hops, boolean cycle, boolean optional) {
        int nodeColumns() {
            return cycle ? hops.size() : hops.size() + 1;
        }

        String query() {
            StringBuilder path = new StringBuilder();
            for (int i = 0; i < hops.size(); i++) {
                path.append(hops.get(i).text(i));
                boolean last = i == hops.size() - 1;
                path.append(last && cycle ? "(n0)" : "(n" + (i + 1) + labels.get(i + 1) + ")");
            }
            String first = "(n0" + labels.get(0) + ")";
            String match = optional ? "MATCH " + first + " OPTIONAL MATCH (n0)" + path : "MATCH " + first + path;
            List<String> columns = new ArrayList<>();
            for (int i = 0; i < nodeColumns(); i++) {
                columns.add("n" + i + ".i AS c" + i);
            }
            for (int i = 0; i < hops.size(); i++) {
                columns.add(hops.get(i).single() ? "r" + i + ".k AS e" + i : "[x IN r" + i + " | x.k] AS e" + i);
            }
            return match + " RETURN " + String.join(", ", columns);
        }
    }

    /** With {@code budgeted}, a row budget makes even short ranges expand from stored frontiers carrying ids only. */
    record Case(Graph graph, Pattern pattern, int partitions, boolean budgeted) {
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<Graph> graphs = Arbitraries.integers().between(1, 8).flatMap(n -> {
            Arbitrary<Edge> edge = Combinators.combine(Arbitraries.integers().between(0, n - 1),
                    Arbitraries.integers().between(0, n - 1), Arbitraries.of("T", "U")).as(Edge::new);
            return Combinators.combine(Arbitraries.integers().between(0, 2).list().ofSize(n),
                    edge.list().ofMinSize(2).ofMaxSize(15)).as(Graph::new);
        });
        Arbitrary<Hop> hop = Combinators.combine(Arbitraries.of("->", "<-", "-"), Arbitraries.of("", ":T", ":U", ":T|U"),
                Arbitraries.frequencyOf(
                        net.jqwik.api.Tuple.of(3, Arbitraries.just(new int[] {-1, -1})),
                        net.jqwik.api.Tuple.of(1, Arbitraries.just(new int[] {0, 2})),
                        net.jqwik.api.Tuple.of(1, Arbitraries.just(new int[] {1, 3}))))
                .as((arrow, types, range) -> new Hop(arrow, types, range[0], range[1]));
        Arbitrary<Pattern> patterns = Arbitraries.integers().between(1, 3).flatMap(h -> Combinators.combine(
                Arbitraries.of("", "", ":A", ":B").list().ofSize(h + 1), hop.list().ofSize(h),
                Arbitraries.frequency(net.jqwik.api.Tuple.of(4, false), net.jqwik.api.Tuple.of(1, true)),
                Arbitraries.frequency(net.jqwik.api.Tuple.of(3, false), net.jqwik.api.Tuple.of(1, true)))
                .as(Pattern::new));
        return Combinators.combine(graphs, patterns, Arbitraries.of(1, 3, 8), Arbitraries.of(false, true))
                .as(Case::new);
    }

    @Property(tries = 30)
    void quiverFindsTheRowsOfANaiveMatcher(@ForAll("cases") Case c) {
        List<List<Object>> expected = sorted(reference(c.graph(), c.pattern()));
        net.jqwik.api.statistics.Statistics.collect(expected.isEmpty() ? "no rows" : expected.size() < 10 ? "1-9 rows"
                : "10+ rows");
        PropertyGraph graph = graph(c.graph());
        String before = TestSpark.spark().conf().get("spark.sql.shuffle.partitions");
        try {
            TestSpark.spark().conf().set("spark.sql.shuffle.partitions", String.valueOf(c.partitions()));
            // The budget only switches the expansion to its budgeted plan: a join's size is counted before
            // relationship uniqueness filters it, and dense self-loops hold millions of such rows.
            QuiverSession quiver = c.budgeted() ? TestSpark.quiver().withRowBudget(1_000_000_000_000L)
                    : TestSpark.quiver();
            List<List<Object>> actual = sorted(quiver.cypher(graph, c.pattern().query()).rows());
            assertEquals(expected, actual, c.pattern().query() + " over " + c.graph());
        } finally {
            TestSpark.spark().conf().set("spark.sql.shuffle.partitions", before);
        }
    }

    private static PropertyGraph graph(Graph g) {
        StructType nodeSchema = new StructType().add(NodeTable.ID, DataTypes.LongType, false)
                .add("i", DataTypes.LongType, true);
        List<NodeTable> nodeTables = new ArrayList<>();
        for (int set = 0; set < LABEL_SETS.size(); set++) {
            List<Row> rows = new ArrayList<>();
            for (int i = 0; i < g.labelSets().size(); i++) {
                if (g.labelSets().get(i) == set) {
                    rows.add(RowFactory.create(100L + i, (long) i));
                }
            }
            if (!rows.isEmpty()) {
                nodeTables.add(new NodeTable(LABEL_SETS.get(set), Map.of("i", CypherType.INTEGER),
                        TestSpark.spark().createDataFrame(rows, nodeSchema)));
            }
        }
        StructType relSchema = new StructType().add(RelationshipTable.ID, DataTypes.LongType, false)
                .add(RelationshipTable.SOURCE, DataTypes.LongType, false)
                .add(RelationshipTable.TARGET, DataTypes.LongType, false)
                .add("k", DataTypes.LongType, true);
        List<RelationshipTable> relTables = new ArrayList<>();
        for (String type : List.of("T", "U")) {
            List<Row> rows = new ArrayList<>();
            for (int k = 0; k < g.edges().size(); k++) {
                Edge e = g.edges().get(k);
                if (e.type().equals(type)) {
                    rows.add(RowFactory.create(1000L + k, 100L + e.source(), 100L + e.target(), (long) k));
                }
            }
            if (!rows.isEmpty()) {
                relTables.add(new RelationshipTable(type, Map.of("k", CypherType.INTEGER),
                        TestSpark.spark().createDataFrame(rows, relSchema)));
            }
        }
        return new PropertyGraph(nodeTables, relTables);
    }

    // ---------------------------------------------------------------- the naive matcher

    private static List<List<Object>> reference(Graph g, Pattern p) {
        List<List<Object>> out = new ArrayList<>();
        for (int start = 0; start < g.labelSets().size(); start++) {
            if (!fits(g, start, p.labels().get(0))) {
                continue;
            }
            Object[] nodes = new Object[p.nodeColumns()];
            Object[] rels = new Object[p.hops().size()];
            nodes[0] = (long) start;
            int found = out.size();
            extend(g, p, 0, start, start, new HashSet<>(), nodes, rels, out);
            if (p.optional() && out.size() == found) {
                out.add(row(nodes, rels));
            }
        }
        return out;
    }

    private static void extend(Graph g, Pattern p, int hop, int start, int at, Set<Integer> used, Object[] nodes,
            Object[] rels, List<List<Object>> out) {
        if (hop == p.hops().size()) {
            if (!p.cycle() || at == start) {
                out.add(row(nodes, rels));
            }
            return;
        }
        Hop h = p.hops().get(hop);
        List<Step> steps = new ArrayList<>();
        if (h.single()) {
            for (int[] move : moves(g, h, at, used)) {
                steps.add(new Step(move[1], List.of(move[0])));
            }
        } else {
            trails(g, h, at, used, new ArrayList<>(), steps);
        }
        boolean last = hop == p.hops().size() - 1;
        for (Step step : steps) {
            if (!(last && p.cycle()) && !fits(g, step.end(), p.labels().get(hop + 1))) {
                continue;
            }
            used.addAll(step.rels());
            if (!(last && p.cycle())) {
                nodes[hop + 1] = (long) step.end();
            }
            rels[hop] = h.single() ? (Object) (long) step.rels().get(0)
                    : step.rels().stream().map(k -> (Object) (long) k).toList();
            extend(g, p, hop + 1, start, step.end(), used, nodes, rels, out);
            used.removeAll(step.rels());
            rels[hop] = null;
            if (!(last && p.cycle())) {
                nodes[hop + 1] = null;
            }
        }
    }

    private record Step(int end, List<Integer> rels) {
    }

    /** Every trail of the hop's length range from {@code at} over relationships not yet used. */
    private static void trails(Graph g, Hop h, int at, Set<Integer> used, List<Integer> trail, List<Step> out) {
        if (trail.size() >= h.min()) {
            out.add(new Step(at, List.copyOf(trail)));
        }
        if (trail.size() == h.max()) {
            return;
        }
        for (int[] move : moves(g, h, at, used)) {
            if (trail.contains(move[0])) {
                continue;
            }
            trail.add(move[0]);
            trails(g, h, move[1], used, trail, out);
            trail.remove(trail.size() - 1);
        }
    }

    /** (relationship, next node) for each way one relationship leads on from {@code at}; an undirected self-loop once. */
    private static List<int[]> moves(Graph g, Hop h, int at, Set<Integer> used) {
        List<int[]> moves = new ArrayList<>();
        for (int k = 0; k < g.edges().size(); k++) {
            Edge e = g.edges().get(k);
            if (used.contains(k) || !h.allows(e.type())) {
                continue;
            }
            boolean forward = !h.arrow().equals("<-") && e.source() == at;
            boolean backward = !h.arrow().equals("->") && e.target() == at;
            if (forward) {
                moves.add(new int[] {k, e.target()});
            }
            if (backward && !(forward && e.source() == e.target())) {
                moves.add(new int[] {k, e.source()});
            }
        }
        return moves;
    }

    private static boolean fits(Graph g, int node, String label) {
        return label.isEmpty() || g.labels(node).contains(label.substring(1));
    }

    private static List<Object> row(Object[] nodes, Object[] rels) {
        List<Object> row = new ArrayList<>(Arrays.asList(nodes));
        row.addAll(Arrays.asList(rels));
        return row;
    }

    private static List<List<Object>> sorted(List<List<Object>> rows) {
        List<List<Object>> copy = new ArrayList<>(rows);
        copy.sort((x, y) -> String.valueOf(x).compareTo(String.valueOf(y)));
        return copy;
    }
}
