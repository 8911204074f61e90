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
 * repeat no relationship), whatever the number of shuffle partitions; shortest paths are walks of
 * the least length a breadth-first search finds.
 */
class VarLengthMatchProperties {

    record Edge(int source, int target, String type) {
    }

    record Case(int nodes, List<Edge> edges, String arrow, String types, int min, int max) {
        String query() {
            return "MATCH " + pattern("[r" + types + "*" + min + ".." + max + "]")
                    + " RETURN a.i AS a, b.i AS b, size(r) AS n";
        }

        /** From {@code a} to {@code b} over {@code rel} in the case's direction. */
        String pattern(String rel) {
            return switch (arrow) {
                case "->" -> "(a)-" + rel + "->(b)";
                case "<-" -> "(a)<-" + rel + "-(b)";
                default -> "(a)-" + rel + "-(b)";
            };
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

    /** Ranges from 0 or 1 hop to 2 to 4 over graphs dense enough for ends first reached at every hop. */
    @Provide
    Arbitrary<Case> searches() {
        return Arbitraries.integers().between(3, 6).flatMap(n -> {
            Arbitrary<Edge> edge = Combinators.combine(Arbitraries.integers().between(0, n - 1),
                    Arbitraries.integers().between(0, n - 1), Arbitraries.of("T", "U")).as(Edge::new);
            return Combinators.combine(edge.list().ofMinSize(n).ofMaxSize(2 * n), Arbitraries.of("->", "<-", "-"),
                    Arbitraries.of("", ":T", ":T|U"), Arbitraries.integers().between(0, 1),
                    Arbitraries.integers().between(2, 4))
                    .as((edges, arrow, types, lo, hi) -> new Case(n, edges, arrow, types, lo, hi));
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

    /**
     * Only the ends matter under {@code DISTINCT}: a short range is searched breadth first, one
     * stored frontier a hop; the (start, end) pairs are those of the enumerated trails.
     */
    @Property(tries = 10)
    void distinctEndsAreTheEndsOfTheTrails(@ForAll("searches") Case c) {
        String pattern = c.pattern("[" + c.types() + "*" + c.min() + ".." + c.max() + "]");
        // Undirected from one hop, the rewrite needs the start dropped (see DistinctVarLengthEnds).
        String query = "MATCH " + pattern + (c.arrow().equals("-") ? " WHERE a <> b" : "")
                + " RETURN DISTINCT a.i AS a, b.i AS b";
        List<List<Object>> expected = sorted(reference(c).stream()
                .filter(t -> !c.arrow().equals("-") || !t.get(0).equals(t.get(1)))
                .map(t -> List.of(t.get(0), t.get(1))).distinct().toList());
        List<List<Object>> actual = sorted(TestSpark.quiver().cypher(graph(c), query).rows());
        assertEquals(expected, actual, query + " over " + c.edges());
    }

    /**
     * {@code shortestPath} between every two distinct nodes: a row exactly for the pairs a search
     * of the same edges reaches, with the least length; the path's nodes and relationships form a
     * walk from one to the other over edges of the pattern's types and direction.
     */
    @Property(tries = 8)
    void shortestPathsAreWalksOfTheLeastLength(@ForAll("cases") Case c) {
        String pattern = c.pattern("[r" + c.types() + "*]");
        String match = "MATCH (a), (b) WHERE a.i <> b.i MATCH p = shortestPath(" + pattern + ") ";
        PropertyGraph graph = graph(c);
        List<List<Object>> expected = sorted(distances(c));
        String lengths = match + "RETURN a.i AS a, b.i AS b, length(p) AS n";
        assertEquals(expected, sorted(TestSpark.quiver().cypher(graph, lengths).rows()), lengths + " over " + c.edges());
        String walks = match + "RETURN a.i AS a, b.i AS b, [n IN nodes(p) | n.i] AS ns, [x IN relationships(p) | x.k] AS ks";
        List<List<Object>> rows = TestSpark.quiver().cypher(graph, walks).rows();
        List<List<Object>> found = new ArrayList<>();
        for (List<Object> row : rows) {
            List<?> ns = (List<?>) row.get(2);
            List<?> ks = (List<?>) row.get(3);
            assertEquals(ns.size(), ks.size() + 1, walks + " gave " + row);
            assertEquals(row.get(0), ns.get(0), walks + " gave " + row);
            assertEquals(row.get(1), ns.get(ns.size() - 1), walks + " gave " + row);
            for (int step = 0; step < ks.size(); step++) {
                Edge e = c.edges().get(((Long) ks.get(step)).intValue());
                int from = ((Long) ns.get(step)).intValue();
                int to = ((Long) ns.get(step + 1)).intValue();
                assertEquals(true, allowed(c, e) && (leads(c.arrow(), e, from, to)), walks + " gave " + row + " over " + c.edges());
            }
            found.add(List.of(row.get(0), row.get(1), (long) ks.size()));
        }
        assertEquals(expected, sorted(found), walks + " over " + c.edges());
    }

    private static boolean allowed(Case c, Edge e) {
        return c.types().isEmpty() || c.types().contains(e.type());
    }

    private static boolean leads(String arrow, Edge e, int from, int to) {
        boolean forward = e.source() == from && e.target() == to;
        boolean backward = e.source() == to && e.target() == from;
        return switch (arrow) {
            case "->" -> forward;
            case "<-" -> backward;
            default -> forward || backward;
        };
    }

    /** (a, b, distance) for every two distinct nodes with a walk from a to b: breadth-first search. */
    private static List<List<Object>> distances(Case c) {
        List<List<Object>> out = new ArrayList<>();
        for (int start = 0; start < c.nodes(); start++) {
            Map<Integer, Integer> distance = new java.util.HashMap<>(Map.of(start, 0));
            java.util.ArrayDeque<Integer> queue = new java.util.ArrayDeque<>(List.of(start));
            while (!queue.isEmpty()) {
                int at = queue.poll();
                for (Edge e : c.edges()) {
                    for (int next = 0; next < c.nodes(); next++) {
                        if (allowed(c, e) && leads(c.arrow(), e, at, next) && !distance.containsKey(next)) {
                            distance.put(next, distance.get(at) + 1);
                            queue.add(next);
                        }
                    }
                }
            }
            for (Map.Entry<Integer, Integer> d : distance.entrySet()) {
                if (d.getKey() != start) {
                    out.add(List.of((long) start, (long) d.getKey(), (long) d.getValue()));
                }
            }
        }
        return out;
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
                .add(RelationshipTable.TARGET, DataTypes.LongType, false).add("k", DataTypes.LongType, false);
        List<RelationshipTable> tables = new ArrayList<>();
        for (String type : List.of("T", "U")) {
            List<Row> rows = new ArrayList<>();
            for (int k = 0; k < c.edges().size(); k++) {
                Edge e = c.edges().get(k);
                if (e.type().equals(type)) {
                    rows.add(RowFactory.create((long) k, 100L + e.source(), 100L + e.target(), (long) k));
                }
            }
            if (!rows.isEmpty()) {
                tables.add(new RelationshipTable(type, Map.of("k", CypherType.INTEGER),
                        TestSpark.spark().createDataFrame(rows, relSchema)));
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
