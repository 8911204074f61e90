package org.quiver.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.quiver.api.PropertyGraph;
import org.quiver.api.QuiverSession;
import org.quiver.graph.NodeTable;
import org.quiver.graph.RelationshipTable;
import org.quiver.planner.rewrite.Optimizer;
import org.quiver.testing.TestSpark;

/**
 * Answers and generated ids do not depend on how Spark splits the work: the same query on the same
 * generated graph gives the same rows (as a multiset, or as a list under a fully ordered
 * {@code ORDER BY}) and the same created ids with 1 or 7 shuffle partitions, with input tables
 * repartitioned, and with every optimizer rule switched off.
 */
class DeterminismProperties {

    record GenNode(Set<String> labels, Integer x) {
    }

    record GenRel(int source, int target, String type, int w) {
    }

    record Graph(List<GenNode> nodes, List<GenRel> rels) {
        /** One CREATE for the whole graph; {@code k} numbers the nodes so that rows can be told apart. */
        String create() {
            List<String> parts = new ArrayList<>();
            for (int i = 0; i < nodes.size(); i++) {
                GenNode n = nodes.get(i);
                String labels = n.labels().stream().sorted().map(l -> ":" + l).collect(Collectors.joining());
                String x = n.x() == null ? "" : ", x: " + n.x();
                parts.add("(n" + i + labels + " {k: " + i + x + "})");
            }
            for (GenRel r : rels) {
                parts.add("(n" + r.source() + ")-[:" + r.type() + " {w: " + r.w() + "}]->(n" + r.target() + ")");
            }
            return "CREATE " + String.join(", ", parts);
        }
    }

    /** A query shape, and whether its rows come in an order the query fixes. */
    record Shape(String query, boolean ordered) {
    }

    private static final List<Shape> READS = List.of(
            new Shape("MATCH (a)-[r]->(b) RETURN a.k, type(r), r.w, b.k", false),
            new Shape("MATCH (a:A)-[*1..3]->(b) RETURN a.k, b.k", false),
            new Shape("MATCH (a)-[rs:R|S*0..2]-(b:B) RETURN a.k, b.k, size(rs)", false),
            new Shape("MATCH (a) OPTIONAL MATCH (a)-[r:R]->(b:B) RETURN a.k, r.w, b.k", false),
            new Shape("MATCH (a) OPTIONAL MATCH (a)--(b) RETURN a.x AS x, count(b) AS c, sum(b.k) AS s,"
                    + " min(b.x) AS lo, max(b.k) AS hi", false),
            new Shape("MATCH (a)-[r]-(b) RETURN a.k, b.k, r.w ORDER BY r.w DESC, a.k, b.k LIMIT 4", true),
            new Shape("MATCH (a) RETURN labels(a) AS l, a.x AS x, a.k AS k ORDER BY x, k SKIP 1 LIMIT 3", true));

    /** Queries that make elements: the graph they return is dumped with its ids. */
    private static final List<String> MAKERS = List.of(
            "MATCH (a)-[r]->(b) CONSTRUCT CREATE (a)-[:C]->(:M {w: r.w})<-[:C]-(b) RETURN GRAPH",
            "MATCH (a)-[r:R]->(b) CONSTRUCT CLONE a, b CREATE (b)-[:BACK {w: r.w}]->(a) RETURN GRAPH",
            "MATCH (a) WHERE a.x IS NOT NULL CREATE (a)-[:HAS]->(:Made {from: a.k})",
            "MATCH (a)-[r]->(b) MERGE (m:Merged {w: r.w}) MERGE (a)-[:TO]->(m)");

    @Provide
    Arbitrary<Graph> graphs() {
        return Arbitraries.integers().between(1, 7).flatMap(n -> {
            Arbitrary<GenNode> node = Combinators.combine(
                    Arbitraries.of("A", "B", "C").set().ofMaxSize(2),
                    Arbitraries.integers().between(0, 3).injectNull(0.3)).as(GenNode::new);
            Arbitrary<GenRel> rel = Combinators.combine(Arbitraries.integers().between(0, n - 1),
                    Arbitraries.integers().between(0, n - 1), Arbitraries.of("R", "S"),
                    Arbitraries.integers().between(0, 3)).as(GenRel::new);
            return Combinators.combine(node.list().ofSize(n), rel.list().ofMaxSize(9)).as(Graph::new);
        });
    }

    @Property(tries = 5)
    void answersDoNotDependOnPartitionsOrRules(@ForAll("graphs") Graph generated) {
        QuiverSession quiver = TestSpark.quiver();
        QuiverSession noRules = quiver.withoutRules(new HashSet<>(Optimizer.standard().ruleNames()));
        PropertyGraph graph = quiver.cypher(quiver.emptyGraph(), generated.create()).graph();
        PropertyGraph repartitioned = repartitioned(graph, 7);
        String before = TestSpark.spark().conf().get("spark.sql.shuffle.partitions");
        try {
            List<List<List<Object>>> reference = answers(quiver, graph, 1);
            assertEquals(reference, answers(quiver, repartitioned, 7), "7 partitions, repartitioned tables: " + generated);
            assertEquals(reference, answers(noRules, graph, 7), "optimizer rules off: " + generated);
        } finally {
            TestSpark.spark().conf().set("spark.sql.shuffle.partitions", before);
        }
    }

    private static List<List<List<Object>>> answers(QuiverSession quiver, PropertyGraph graph, int partitions) {
        TestSpark.spark().conf().set("spark.sql.shuffle.partitions", String.valueOf(partitions));
        List<List<List<Object>>> answers = new ArrayList<>();
        for (Shape shape : READS) {
            List<List<Object>> rows = quiver.cypher(graph, shape.query()).rows();
            answers.add(shape.ordered() ? rows : multiset(rows));
        }
        for (String maker : MAKERS) {
            PropertyGraph made = quiver.cypher(graph, maker).graph();
            answers.add(quiver.cypher(made, ConcurrentStatements.DUMP).rows());
        }
        return answers;
    }

    /** The rows in an order of their own, so that two multisets compare equal as lists. */
    private static List<List<Object>> multiset(List<List<Object>> rows) {
        List<List<Object>> sorted = new ArrayList<>(rows);
        sorted.sort((a, b) -> a.toString().compareTo(b.toString()));
        return sorted;
    }

    private static PropertyGraph repartitioned(PropertyGraph graph, int partitions) {
        return new PropertyGraph(
                graph.nodeTables().stream().map(t -> new NodeTable(t.labels(), t.properties(),
                        t.data().repartition(partitions))).toList(),
                graph.relationshipTables().stream().map(t -> new RelationshipTable(t.type(), t.properties(),
                        t.data().repartition(partitions))).toList());
    }
}
