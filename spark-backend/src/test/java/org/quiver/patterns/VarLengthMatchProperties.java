package org.quiver.patterns;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
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
import org.quiver.graph.NodeTable;
import org.quiver.graph.RelationshipTable;
import org.quiver.planner.types.CypherType;
import org.quiver.testing.TestSpark;

/**
 * Variable-length matches on random graphs equal a plain-Java enumeration of trails (walks that
 * repeat no relationship), whatever the number of shuffle partitions.
 */
class VarLengthMatchProperties {

    record Edge(int source, int target, String type) {
    }

    record Case(int nodes, List<Edge> edges, String arrow, String types, int min, int max) {
        String query() {
            String rel = "[r" + types + "*" + min + ".." + max + "]";
            String pattern = switch (arrow) {
                case "->" -> "(a)-" + rel + "->(b)";
                case "<-" -> "(a)<-" + rel + "-(b)";
                default -> "(a)-" + rel + "-(b)";
            };
            return "MATCH " + pattern + " RETURN a.i AS a, b.i AS b, size(r) AS n";
        }
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<Integer> nodes = Arbitraries.integers().between(1, 5);
        return nodes.flatMap(n -> {
            Arbitrary<Edge> edge = Combinators.combine(Arbitraries.integers().between(0, n - 1),
                    Arbitraries.integers().between(0, n - 1), Arbitraries.of("T", "U")).as(Edge::new);
            Arbitrary<Integer> min = Arbitraries.integers().between(0, 2);
            return Combinators.combine(edge.list().ofMaxSize(7), Arbitraries.of("->", "<-", "-"),
                    Arbitraries.of("", ":T", ":T|U"), min, Arbitraries.integers().between(0, 3))
                    .as((edges, arrow, types, lo, extra) -> new Case(n, edges, arrow, types, lo, lo + extra));
        });
    }

    @Property(tries = 12)
    void matchesTheReferenceAtAnyPartitionCount(@ForAll("cases") Case c) {
        List<List<Object>> expected = sorted(reference(c));
        PropertyGraph graph = graph(c);
        String before = TestSpark.spark().conf().get("spark.sql.shuffle.partitions");
        try {
            for (int partitions : new int[] {1, 3, 8}) {
                TestSpark.spark().conf().set("spark.sql.shuffle.partitions", String.valueOf(partitions));
                List<List<Object>> actual = sorted(TestSpark.quiver().cypher(graph, c.query()).rows());
                assertEquals(expected, actual, c.query() + " with " + partitions + " partitions over " + c.edges());
            }
        } finally {
            TestSpark.spark().conf().set("spark.sql.shuffle.partitions", before);
        }
    }

    private static PropertyGraph graph(Case c) {
        StructType nodeSchema = new StructType().add(NodeTable.ID, DataTypes.LongType, false)
                .add("i", DataTypes.LongType, true);
        List<Row> nodeRows = new ArrayList<>();
        for (long i = 0; i < c.nodes(); i++) {
            nodeRows.add(RowFactory.create(100 + i, i));
        }
        NodeTable nodes = new NodeTable(Set.of("N"), Map.of("i", CypherType.INTEGER),
                TestSpark.spark().createDataFrame(nodeRows, nodeSchema));
        StructType relSchema = new StructType().add(RelationshipTable.ID, DataTypes.LongType, false)
                .add(RelationshipTable.SOURCE, DataTypes.LongType, false)
                .add(RelationshipTable.TARGET, DataTypes.LongType, false);
        List<RelationshipTable> tables = new ArrayList<>();
        for (String type : List.of("T", "U")) {
            List<Row> rows = new ArrayList<>();
            for (int k = 0; k < c.edges().size(); k++) {
                Edge e = c.edges().get(k);
                if (e.type().equals(type)) {
                    rows.add(RowFactory.create((long) k, 100L + e.source(), 100L + e.target()));
                }
            }
            if (!rows.isEmpty()) {
                tables.add(new RelationshipTable(type, Map.of(), TestSpark.spark().createDataFrame(rows, relSchema)));
            }
        }
        return new PropertyGraph(List.of(nodes), tables);
    }

    /** Every trail of min..max steps from every node, as (start, end, length). */
    private static List<List<Object>> reference(Case c) {
        List<List<Object>> out = new ArrayList<>();
        for (int start = 0; start < c.nodes(); start++) {
            walk(c, start, start, new HashSet<>(), 0, out);
        }
        return out;
    }

    private static void walk(Case c, int start, int at, Set<Integer> used, int length, List<List<Object>> out) {
        if (length >= c.min()) {
            out.add(List.of((long) start, (long) at, (long) length));
        }
        if (length == c.max()) {
            return;
        }
        for (int k = 0; k < c.edges().size(); k++) {
            Edge e = c.edges().get(k);
            if (used.contains(k) || !c.types().isEmpty() && !c.types().contains(e.type())) {
                continue;
            }
            boolean out1 = !c.arrow().equals("<-") && e.source() == at;
            boolean in1 = !c.arrow().equals("->") && e.target() == at;
            // An undirected self-loop is one step, not one per orientation.
            List<Integer> nexts = new ArrayList<>();
            if (out1) {
                nexts.add(e.target());
            }
            if (in1 && !(out1 && e.source() == e.target())) {
                nexts.add(e.source());
            }
            for (int next : nexts) {
                used.add(k);
                walk(c, start, next, used, length + 1, out);
                used.remove(k);
            }
        }
    }

    private static List<List<Object>> sorted(List<List<Object>> rows) {
        List<List<Object>> copy = new ArrayList<>(rows);
        copy.sort((x, y) -> x.toString().compareTo(y.toString()));
        return copy;
    }
}
