package org.quiver.optimizer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.quiver.api.PropertyGraph;
import org.quiver.api.QuiverSession;
import org.quiver.graph.NodeTable;
import org.quiver.graph.RelationshipTable;
import org.quiver.planner.rewrite.Optimizer;
import org.quiver.planner.types.CypherType;
import org.quiver.stats.GraphStatisticsCollector;
import org.quiver.testing.TestSpark;

/**
 * On random graphs and random patterns of two to five parts, the optimizer changes no result:
 * every query returns the same rows with all rules on (join order from gathered statistics) as
 * with every rule switched off (the plan as written).
 */
class OptimizerRulesProperties {
    private static String minBytesBefore;

    record Edge(int source, int target, String type, int weight) {
    }

    record Graph(List<String> labels, List<Integer> values, List<Edge> edges) {
    }

    /** One hop of a chain: direction, optional type, then the next node's optional label. */
    record Hop(String arrow, String type, String label) {
    }

    record Case(Graph graph, String firstLabel, List<Hop> chain, boolean secondPart, String filter) {
        String query() {
            StringBuilder pattern = new StringBuilder("(n0" + firstLabel + ")");
            for (int i = 0; i < chain.size(); i++) {
                Hop hop = chain.get(i);
                String rel = "[r" + i + hop.type() + "]";
                pattern.append(switch (hop.arrow()) {
                    case "->" -> "-" + rel + "->";
                    case "<-" -> "<-" + rel + "-";
                    default -> "-" + rel + "-";
                }).append("(n").append(i + 1).append(hop.label()).append(')');
            }
            int nodes = chain.size() + 1;
            List<String> returned = new ArrayList<>();
            for (int i = 0; i < nodes; i++) {
                returned.add("n" + i + ".i");
            }
            for (int i = 0; i < chain.size(); i++) {
                returned.add("r" + i + ".w");
            }
            String second = secondPart ? ", (m:B)-[:Y]->(n" + (nodes - 1) + ")" : "";
            if (secondPart) {
                returned.add("m.i");
            }
            String where = filter.isEmpty() ? "" : " WHERE " + filter.replace("LAST", "n" + (nodes - 1));
            return "MATCH " + pattern + second + where + " RETURN " + String.join(", ", returned);
        }
    }

    @BeforeContainer
    static void gatherStatisticsEvenForSmallGraphs() {
        minBytesBefore = TestSpark.spark().conf().get(GraphStatisticsCollector.MIN_BYTES_SETTING, null);
        TestSpark.spark().conf().set(GraphStatisticsCollector.MIN_BYTES_SETTING, "0");
    }

    @AfterContainer
    static void restore() {
        if (minBytesBefore == null) {
            TestSpark.spark().conf().unset(GraphStatisticsCollector.MIN_BYTES_SETTING);
        } else {
            TestSpark.spark().conf().set(GraphStatisticsCollector.MIN_BYTES_SETTING, minBytesBefore);
        }
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<Graph> graphs = Arbitraries.integers().between(1, 7).flatMap(n -> {
            Arbitrary<Edge> edge = Combinators.combine(Arbitraries.integers().between(0, n - 1),
                    Arbitraries.integers().between(0, n - 1), Arbitraries.of("X", "Y"),
                    Arbitraries.integers().between(0, 3)).as(Edge::new);
            return Combinators.combine(Arbitraries.of("A", "B", "A:B").list().ofSize(n),
                    Arbitraries.integers().between(0, 3).list().ofSize(n), edge.list().ofMaxSize(12)).as(Graph::new);
        });
        Arbitrary<Hop> hop = Combinators.combine(Arbitraries.of("->", "<-", "-"), Arbitraries.of("", ":X", ":Y", ":X|Y"),
                Arbitraries.of("", ":A", ":B")).as(Hop::new);
        Arbitrary<String> filter = Arbitraries.of("", "n0.v = 1", "LAST.v < n0.v", "n0.v IN [0, 2] AND LAST.v > 0",
                "r0.w = 2", "n1.v <> 3 OR n0.v = 0");
        return Combinators.combine(graphs, Arbitraries.of("", ":A", ":B"), hop.list().ofMinSize(1).ofMaxSize(4),
                Arbitraries.of(false, true), filter).as(Case::new);
    }

    @Property(tries = 12)
    void everyRuleOffGivesTheSameRowsAsAllOn(@ForAll("cases") Case c) {
        PropertyGraph graph = graph(c.graph());
        QuiverSession plain = TestSpark.quiver().withoutRules(Set.copyOf(Optimizer.standard().ruleNames()));
        List<List<Object>> optimized = sorted(TestSpark.quiver().cypher(graph, c.query()).rows());
        List<List<Object>> asWritten = sorted(plain.cypher(graph, c.query()).rows());
        assertEquals(asWritten, optimized, c.query() + " over " + c.graph());
    }

    /** A variable-length query whose rows depend only on the ends reached, when DistinctVarLengthEnds may fire. */
    record ReachCase(Graph graph, String label, String type, int minHops, int maxHops, String arrow, String filter,
            String returned) {
        String query() {
            String rel = "[" + type + "*" + minHops + ".." + maxHops + "]";
            String pattern = switch (arrow) {
                case "->" -> "-" + rel + "->";
                case "<-" -> "<-" + rel + "-";
                default -> "-" + rel + "-";
            };
            return "MATCH (p" + label + ")" + pattern + "(f) " + filter + " " + returned;
        }
    }

    @Provide
    Arbitrary<ReachCase> reachCases() {
        return Combinators.combine(cases().map(Case::graph), Arbitraries.of("", ":A", ":B"),
                Arbitraries.of("", ":X", ":X|Y"), Arbitraries.integers().between(0, 1), Arbitraries.integers().between(1, 3),
                Arbitraries.of("->", "<-", "-"), Arbitraries.of("", "WHERE f <> p", "WHERE NOT f = p AND f.v > 0",
                        "WHERE f.v >= p.v"),
                Arbitraries.of("RETURN DISTINCT p.i, f.i", "RETURN p.i, count(DISTINCT f) AS c, max(f.v) AS m",
                        "RETURN DISTINCT f.v")).as(ReachCase::new);
    }

    @Property(tries = 12)
    void breadthFirstEndsGiveTheRowsOfEveryTrail(@ForAll("reachCases") ReachCase c) {
        PropertyGraph graph = graph(c.graph());
        QuiverSession trails = TestSpark.quiver().withoutRules(Set.of("DistinctVarLengthEnds"));
        assertEquals(sorted(trails.cypher(graph, c.query()).rows()),
                sorted(TestSpark.quiver().cypher(graph, c.query()).rows()), c.query() + " over " + c.graph());
    }

    /** A cycle of three or four relationships; {@code noLoops}: the graph's loops (a node to itself) removed. */
    record CycleCase(Graph graph, boolean noLoops, List<Hop> hops) {
        Graph used() {
            return noLoops ? new Graph(graph.labels(), graph.values(),
                    graph.edges().stream().filter(e -> e.source() != e.target()).toList()) : graph;
        }

        String query() {
            StringBuilder pattern = new StringBuilder("(n0)");
            List<String> returned = new ArrayList<>(List.of("n0.i"));
            for (int i = 0; i < hops.size(); i++) {
                Hop hop = hops.get(i);
                String rel = "[r" + i + hop.type() + "]";
                String next = i == hops.size() - 1 ? "n0" : "n" + (i + 1);
                pattern.append(switch (hop.arrow()) {
                    case "->" -> "-" + rel + "->";
                    case "<-" -> "<-" + rel + "-";
                    default -> "-" + rel + "-";
                }).append('(').append(next).append(')');
                returned.add("r" + i + ".w");
            }
            return "MATCH " + pattern + " RETURN " + String.join(", ", returned);
        }
    }

    @Provide
    Arbitrary<CycleCase> cycleCases() {
        Arbitrary<Hop> hop = Combinators.combine(Arbitraries.of("->", "<-", "-"), Arbitraries.of(":X", ":Y", ":X|Y", ""),
                Arbitraries.just("")).as(Hop::new);
        return Combinators.combine(cases().map(Case::graph), Arbitraries.of(true, false), hop.list().ofMinSize(2)
                .ofMaxSize(4)).as(CycleCase::new);
    }

    /** Uniqueness checks dropped because the graph has no loops (DropImpliedUniqueness) change no row. */
    @Property(tries = 15)
    void cyclesGiveTheSameRowsWithoutImpliedUniqueness(@ForAll("cycleCases") CycleCase c) {
        PropertyGraph graph = graph(c.used());
        QuiverSession checked = TestSpark.quiver().withoutRules(Set.of("DropImpliedUniqueness"));
        assertEquals(sorted(checked.cypher(graph, c.query()).rows()),
                sorted(TestSpark.quiver().cypher(graph, c.query()).rows()), c.query() + " over " + c.used());
    }

    private static PropertyGraph graph(Graph g) {
        StructType nodeSchema = new StructType().add(NodeTable.ID, DataTypes.LongType, false)
                .add("i", DataTypes.LongType, true).add("v", DataTypes.LongType, true);
        List<NodeTable> tables = new ArrayList<>();
        for (String combination : List.of("A", "B", "A:B")) {
            List<Row> rows = new ArrayList<>();
            for (int i = 0; i < g.labels().size(); i++) {
                if (g.labels().get(i).equals(combination)) {
                    rows.add(RowFactory.create(100L + i, (long) i, (long) g.values().get(i)));
                }
            }
            tables.add(new NodeTable(Set.of(combination.split(":")), Map.of("i", CypherType.INTEGER, "v",
                    CypherType.INTEGER), TestSpark.spark().createDataFrame(rows, nodeSchema)));
        }
        StructType relSchema = new StructType().add(RelationshipTable.ID, DataTypes.LongType, false)
                .add(RelationshipTable.SOURCE, DataTypes.LongType, false)
                .add(RelationshipTable.TARGET, DataTypes.LongType, false).add("w", DataTypes.LongType, true);
        List<RelationshipTable> rels = new ArrayList<>();
        for (String type : List.of("X", "Y")) {
            List<Row> rows = new ArrayList<>();
            for (int k = 0; k < g.edges().size(); k++) {
                Edge e = g.edges().get(k);
                if (e.type().equals(type)) {
                    rows.add(RowFactory.create((long) k, 100L + e.source(), 100L + e.target(), (long) e.weight()));
                }
            }
            rels.add(new RelationshipTable(type, Map.of("w", CypherType.INTEGER),
                    TestSpark.spark().createDataFrame(rows, relSchema)));
        }
        return new PropertyGraph(tables, rels);
    }

    private static List<List<Object>> sorted(List<List<Object>> rows) {
        List<List<Object>> copy = new ArrayList<>(rows);
        copy.sort(Comparator.comparing(Object::toString));
        return copy;
    }
}
