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
import net.jqwik.api.statistics.Statistics;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.quiver.api.PropertyGraph;
import org.quiver.graph.NodeTable;
import org.quiver.graph.RelationshipTable;
import org.quiver.planner.types.CypherType;
import org.quiver.stats.GraphStatisticsCollector;
import org.quiver.testing.TestSpark;

/**
 * Leaving out label joins that statistics imply changes no result: on random graphs whose X
 * relationships often start at A nodes and end at B nodes, a query gives the same rows on a graph
 * with gathered statistics as on a copy without any.
 */
class ImpliedLabelsProperties {
    record Edge(int source, int target, String type) {
    }

    /** {@code xFromA}/{@code xToB}: X relationships whose source lacks A (target lacks B) are left out. */
    record Graph(List<String> labels, List<Edge> edges, boolean xFromA, boolean xToB) {
        List<Edge> kept() {
            return edges.stream().filter(e -> !e.type().equals("X")
                    || (!xFromA || labels.get(e.source()).contains("A")) && (!xToB || labels.get(e.target()).contains("B")))
                    .toList();
        }
    }

    record Hop(String arrow, String type, String label) {
    }

    record Case(Graph graph, String firstLabel, List<Hop> chain, boolean readLast) {
        String query() {
            StringBuilder pattern = new StringBuilder("(n0" + firstLabel + ")");
            List<String> returned = new ArrayList<>(List.of("id(n0)"));
            for (int i = 0; i < chain.size(); i++) {
                Hop hop = chain.get(i);
                String rel = "[" + hop.type() + "]";
                pattern.append(switch (hop.arrow()) {
                    case "->" -> "-" + rel + "->";
                    case "<-" -> "<-" + rel + "-";
                    default -> "-" + rel + "-";
                }).append("(n").append(i + 1).append(hop.label()).append(')');
                returned.add("id(n" + (i + 1) + ")");
            }
            if (readLast) {
                returned.add("n" + chain.size() + ".i");
            }
            return "MATCH " + pattern + " RETURN " + String.join(", ", returned);
        }
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<Graph> graphs = Arbitraries.integers().between(1, 7).flatMap(n -> {
            Arbitrary<Edge> edge = Combinators.combine(Arbitraries.integers().between(0, n - 1),
                    Arbitraries.integers().between(0, n - 1), Arbitraries.of("X", "X", "Y")).as(Edge::new);
            return Combinators.combine(Arbitraries.of("A", "B", "A:B").list().ofSize(n), edge.list().ofMaxSize(14),
                    Arbitraries.of(false, true), Arbitraries.of(false, true)).as(Graph::new);
        });
        Arbitrary<Hop> hop = Combinators.combine(Arbitraries.of("->", "<-", "-"),
                Arbitraries.of(":X", ":X", ":Y", ":X|Y", "", ":X*1..2", ":X*0..1"),
                Arbitraries.of("", ":A", ":B", ":A:B")).as(Hop::new);
        return Combinators.combine(graphs, Arbitraries.of("", ":A", ":B"), hop.list().ofMinSize(1).ofMaxSize(3),
                Arbitraries.of(false, true)).as(Case::new);
    }

    @Property(tries = 10)
    void impliedLabelsChangeNoResult(@ForAll("cases") Case c) {
        PropertyGraph gathered = graph(c.graph());
        long[] scans = new long[2];
        List<List<Object>> withStatistics = TestSpark.withConf(GraphStatisticsCollector.MIN_BYTES_SETTING, "0", () -> {
            scans[0] = nodeScans(gathered, c.query());
            return sorted(TestSpark.quiver().cypher(gathered, c.query()).rows());
        });
        PropertyGraph unknown = graph(c.graph());
        List<List<Object>> without = TestSpark.withConf(GraphStatisticsCollector.MIN_BYTES_SETTING,
                Long.toString(Long.MAX_VALUE), () -> {
                    scans[1] = nodeScans(unknown, c.query());
                    return sorted(TestSpark.quiver().cypher(unknown, c.query()).rows());
                });
        Statistics.label("label joins").collect(scans[0] < scans[1] ? "some left out" : "all kept");
        assertEquals(without, withStatistics, c.query() + " over " + c.graph());
    }

    private static long nodeScans(PropertyGraph graph, String query) {
        return TestSpark.quiver().cypher(graph, "EXPLAIN " + query).explanation().orElseThrow().parts().get(0)
                .relational().orElseThrow().text().lines().filter(l -> l.contains("ScanNodes")).count();
    }

    private static PropertyGraph graph(Graph g) {
        StructType nodeSchema = new StructType().add(NodeTable.ID, DataTypes.LongType, false)
                .add("i", DataTypes.LongType, true);
        List<NodeTable> tables = new ArrayList<>();
        for (String combination : List.of("A", "B", "A:B")) {
            List<Row> rows = new ArrayList<>();
            for (int i = 0; i < g.labels().size(); i++) {
                if (g.labels().get(i).equals(combination)) {
                    rows.add(RowFactory.create(100L + i, (long) i));
                }
            }
            tables.add(new NodeTable(Set.of(combination.split(":")), Map.of("i", CypherType.INTEGER),
                    TestSpark.spark().createDataFrame(rows, nodeSchema)));
        }
        StructType relSchema = new StructType().add(RelationshipTable.ID, DataTypes.LongType, false)
                .add(RelationshipTable.SOURCE, DataTypes.LongType, false)
                .add(RelationshipTable.TARGET, DataTypes.LongType, false);
        List<RelationshipTable> rels = new ArrayList<>();
        List<Edge> edges = g.kept();
        for (String type : List.of("X", "Y")) {
            List<Row> rows = new ArrayList<>();
            for (int k = 0; k < edges.size(); k++) {
                Edge e = edges.get(k);
                if (e.type().equals(type)) {
                    rows.add(RowFactory.create((long) k, 100L + e.source(), 100L + e.target()));
                }
            }
            rels.add(new RelationshipTable(type, Map.of(), TestSpark.spark().createDataFrame(rows, relSchema)));
        }
        return new PropertyGraph(tables, rels);
    }

    private static List<List<Object>> sorted(List<List<Object>> rows) {
        List<List<Object>> copy = new ArrayList<>(rows);
        copy.sort(Comparator.comparing(Object::toString));
        return copy;
    }
}
